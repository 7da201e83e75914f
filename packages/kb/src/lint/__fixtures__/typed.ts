import type { DataSet } from "../../load/DataSet.js";
import type { AttributeValueInput } from "../../schema/entity.js";
import type { ValueType } from "../../schema/typedValue.js";

/**
 * Declares `key` in attributes.yaml with a type and gives the fixture's Hyper-V entity that
 * attribute, so a typed-value rule can be run on a well-formed value and then on a broken one.
 */
export function withTypedAttribute(
  ds: DataSet,
  key: string,
  type: ValueType,
  value: AttributeValueInput,
): AttributeValueInput {
  ds.attributes.push({
    value: { key, label: { en: key, "zh-Hant": key }, type },
    file: "data/attributes.yaml",
    path: `attributes[${ds.attributes.length}]`,
  });
  const hyperV = ds.entities.find((e) => e.value.slug === "hyper-v")!.value;
  hyperV.attributes[key] = value;
  return hyperV.attributes[key]!;
}
