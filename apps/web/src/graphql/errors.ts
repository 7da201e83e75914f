/** Why a call to the API failed, in terms a page can explain to a person. */
export type ApiErrorKind = "unavailable" | "timeout" | "invalid";

export class ApiError extends Error {
  constructor(
    readonly kind: ApiErrorKind,
    message: string,
    /** The GraphQL error codes, when the API answered with errors. */
    readonly codes: readonly string[] = [],
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export function apiErrorKind(error: unknown): ApiErrorKind {
  return error instanceof ApiError ? error.kind : "unavailable";
}
