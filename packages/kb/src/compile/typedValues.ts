import { ARCHITECTURES } from "../schema/arch.js";
import type { AttributeValueInput } from "../schema/entity.js";
import {
  AUDIENCES,
  CONTAINER_ROUTES,
  HYPERVISOR_TYPES,
  LICENSES,
  LIFECYCLE_STATUSES,
  PRICING_MODELS,
  SUPPORT_LEVELS,
  type LicenseId,
} from "../schema/typedValue.js";
import type { KbTypedValue, KbValueTypes } from "./KbBundle.js";

/** The typed value an attribute carries, if any; lint allows at most one per attribute. */
export function typedValue(a: AttributeValueInput): KbTypedValue | null {
  if (a.pricing)
    return {
      type: "pricing",
      model: a.pricing.model,
      freeFor: a.pricing.freeFor,
      paidFor: a.pricing.paidFor,
      includedWith: a.pricing.includedWith,
      since: a.pricing.since ?? null,
      smallBusiness: a.pricing.smallBusiness ?? null,
    };
  if (a.license) return { type: "license", id: a.license.id, openSource: a.license.openSource };
  if (a.lifecycle)
    return {
      type: "lifecycle",
      status: a.lifecycle.status,
      since: a.lifecycle.since ?? null,
      sinceVersion: a.lifecycle.sinceVersion ?? null,
      until: a.lifecycle.until ?? null,
    };
  if (a.architectures)
    return { type: "architectures", supported: a.architectures.supported, preview: a.architectures.preview };
  if (a.hypervisor) return { type: "hypervisor", hypervisorType: a.hypervisor };
  if (a.support) return { type: "support", level: a.support.level, editions: a.support.editions };
  if (a.containers)
    return {
      type: "containers",
      level: a.containers.level,
      editions: a.containers.editions,
      via: a.containers.via,
      through: a.containers.through,
      preview: a.containers.preview,
    };
  if (a.editionSet)
    return { type: "editionSet", entries: a.editionSet.map((e) => ({ os: e.os, editions: e.editions })) };
  return null;
}

/** Every value the typed families allow, written into the bundle for its consumers. */
export function valueTypes(): KbValueTypes {
  return {
    architectures: ARCHITECTURES,
    pricingModels: PRICING_MODELS,
    audiences: AUDIENCES,
    licenses: (Object.keys(LICENSES) as LicenseId[]).map((id) => ({ id, openSource: LICENSES[id] })),
    lifecycleStatuses: LIFECYCLE_STATUSES,
    hypervisorTypes: HYPERVISOR_TYPES,
    supportLevels: SUPPORT_LEVELS,
    containerRoutes: CONTAINER_ROUTES,
  };
}
