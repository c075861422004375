export interface UserErrorLike {
  field?: readonly string[] | null;
  message: string;
  code: string;
}

/** The input field a user error points at: the last segment of its path ("input.email" → "email"). */
export function userErrorField(error: UserErrorLike): string | undefined {
  const path = error.field ?? [];
  return path.length > 0 ? path[path.length - 1] : undefined;
}
