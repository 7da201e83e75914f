/**
 * Fragments shared by several operations. Each stands alone (an operation lists every fragment it
 * spreads) and reads text in the operation's `$language`, which every operation declares.
 */
export const SOURCE_FIELDS = /* GraphQL */ `
  fragment SourceFields on Source {
    title
    url
    domain
  }
`;

export const FACT_FIELDS = /* GraphQL */ `
  fragment FactFields on Fact {
    id
    text(language: $language)
    sources {
      ...SourceFields
    }
  }
`;

export const ENTITY_REF = /* GraphQL */ `
  fragment EntityRef on Entity {
    slug
    name(language: $language)
    kind
  }
`;

export const CLAIM_FIELDS = /* GraphQL */ `
  fragment ClaimFields on Claim {
    id
    claim(language: $language)
    verdict
    correction(language: $language)
  }
`;

export const EVENT_FIELDS = /* GraphQL */ `
  fragment EventFields on Event {
    id
    date
    title(language: $language)
    milestone
    topics
    entities {
      ...EntityRef
    }
    sources {
      ...SourceFields
    }
  }
`;
