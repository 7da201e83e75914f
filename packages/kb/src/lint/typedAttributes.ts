import type { DataSet } from "../load/DataSet.js";
import type { AttributeValueInput, EntityInput } from "../schema/entity.js";
import type { ValueType } from "../schema/typedValue.js";

export interface TypedAttribute {
  entity: EntityInput;
  key: string;
  value: AttributeValueInput;
  file: string;
  path: string;
}

/** Every entity attribute whose key attributes.yaml declares with the given type. */
export function typedAttributes(ds: DataSet, type: ValueType): TypedAttribute[] {
  const keys = new Set(ds.attributes.filter((a) => a.value.type === type).map((a) => a.value.key));
  return ds.entities.flatMap(({ value: entity, file }) =>
    Object.entries(entity.attributes)
      .filter(([key]) => keys.has(key))
      .map(([key, value]) => ({ entity, key, value, file, path: `attributes.${key}` })),
  );
}
