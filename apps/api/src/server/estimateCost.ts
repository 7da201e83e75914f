import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export interface CostModel {
  /** What a list without a `first` argument or a list argument is taken to hold. */
  listSize: number;
  /** Extra cost of fields whose resolvers do real work, by `Type.field`. */
  weights: Readonly<Record<string, number>>;
  /** Fields that may appear at most `maxExpensive` times in one operation, aliases and lists included. */
  expensive: ReadonlySet<string>;
}

export interface Cost {
  /** Fields the operation may resolve at most, lists multiplied out, plus the weights. */
  cost: number;
  /** How many times the operation runs an expensive field. */
  expensive: number;
  /** The most items any list argument holds (`ids`, `slugs`, `representations`). */
  longestList: number;
}

const unwrap = (t: GraphQLOutputType): GraphQLOutputType => (isNonNullType(t) ? t.ofType : t);
const isListOutput = (t: GraphQLOutputType) => isListType(unwrap(t));

/**
 * An upper bound on what an operation costs, worked out before it runs, with the values it will
 * run with: literal arguments, variables, the variables' and the schema's defaults, and the
 * length of list arguments (`ids`, `slugs`, `representations`). A connection field multiplies its
 * children by `first`; a plain list by `listSize`. Each fragment is costed once, so fragments that
 * spread each other twice over cost linear time to estimate, not exponential.
 */
export function estimateCost(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
  variables: Readonly<Record<string, unknown>>,
  model: CostModel,
  stopAt = Infinity,
  /** Told each variable the estimate reads, so a caller can tell which values it depends on. */
  onVariable?: (name: string) => void,
): Cost {
  const defaults: Record<string, ValueNode> = {};
  for (const d of operation.variableDefinitions ?? [])
    if (d.defaultValue) defaults[d.variable.name.value] = d.defaultValue;

  const valueOf = (node: ValueNode): unknown => {
    switch (node.kind) {
      case Kind.VARIABLE: {
        const name = node.name.value;
        onVariable?.(name);
        if (name in variables) return variables[name];
        return defaults[name] ? valueOf(defaults[name]) : undefined;
      }
      case Kind.INT:
        return Number(node.value);
      case Kind.LIST:
        return node.values;
      default:
        return undefined;
    }
  };

  const argument = (node: FieldNode, field: GraphQLField<unknown, unknown>, name: string): unknown => {
    const given = node.arguments?.find((a) => a.name.value === name);
    if (given) return valueOf(given.value);
    return field.args.find((a) => a.name === name)?.defaultValue;
  };

  const multiplier = (node: FieldNode, field: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType) => {
    if (field.args.some((a) => a.name === "first")) {
      const first = argument(node, field, "first");
      return typeof first === "number" && first > 0 ? first : model.listSize;
    }
    const lists = field.args.filter((a) => isListType(unwrap(a.type as GraphQLOutputType)));
    if (lists.length > 0) {
      const lengths = lists.map((a) => argument(node, field, a.name)).map((v) => (Array.isArray(v) ? v.length : 1));
      longestList = Math.max(longestList, ...lengths);
      // One result per item asked for (`nodes(ids:)`, `_entities`), or one result made of them all.
      if (isListOutput(field.type)) return Math.max(1, ...lengths);
    }
    // A connection's edges and nodes were counted by the field that returned the connection.
    if (isObjectType(parent) && "pageInfo" in parent.getFields()) return 1;
    return isListOutput(field.type) ? model.listSize : 1;
  };

  let longestList = 0;
  const memo = new Map<string, Omit<Cost, "longestList">>();
  const visiting = new Set<string>();

  const walk = (set: SelectionSetNode, type: GraphQLCompositeType, scale: number): Omit<Cost, "longestList"> => {
    let cost = 0;
    let expensive = 0;
    for (const sel of set.selections) {
      let part = { cost: 0, expensive: 0 };
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        // Introspection is bounded by the schema itself, and __typename costs nothing.
        if (name.startsWith("__") || !(isObjectType(type) || isInterfaceType(type))) continue;
        const field = type.getFields()[name];
        if (!field) continue;
        const key = `${type.name}.${name}`;
        const times = multiplier(sel, field, type);
        const named = getNamedType(field.type);
        const child =
          sel.selectionSet && isCompositeType(named)
            ? walk(sel.selectionSet, named, scale * times)
            : { cost: 0, expensive: 0 };
        part = {
          cost: 1 + (model.weights[key] ?? 0) + times * child.cost,
          expensive: (model.expensive.has(key) ? 1 : 0) + times * child.expensive,
        };
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const on = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        if (on && isCompositeType(on)) part = walk(sel.selectionSet, on, scale);
      } else {
        const name = sel.name.value;
        const fragment = fragments[name];
        if (!fragment || visiting.has(name)) continue;
        let known = memo.get(name);
        if (!known) {
          const on = schema.getType(fragment.typeCondition.name.value);
          if (!on || !isCompositeType(on)) continue;
          visiting.add(name);
          known = walk(fragment.selectionSet, on, scale);
          visiting.delete(name);
          memo.set(name, known);
        }
        part = known;
      }
      cost += part.cost;
      expensive += part.expensive;
      // Far past the limit the exact figure no longer matters.
      if (cost * scale > stopAt) return { cost, expensive };
    }
    return { cost, expensive };
  };

  const root = operation.operation === "mutation" ? schema.getMutationType() : schema.getQueryType();
  if (!root) return { cost: 0, expensive: 0, longestList: 0 };
  return { ...walk(operation.selectionSet, root, 1), longestList };
}
