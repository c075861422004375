import { Field, ObjectType } from 'type-graphql';

/** Anything the caller can fix: validation, a business rule, a conflict. */
@ObjectType({ description: 'A problem the caller can fix; `field` is the path of the input field at fault.' })
export class UserError {
  @Field(() => [String], { nullable: true })
  field?: string[];

  @Field()
  message!: string;

  @Field({ description: 'Stable machine-readable code, e.g. INVALID, NOT_FOUND, CONFLICT, LIMIT_EXCEEDED.' })
  code!: string;

  static of(code: string, message: string, field?: string[]): UserError {
    return Object.assign(new UserError(), { code, message, field });
  }
}

/** Thrown by services for a user-fixable failure; resolvers turn it into `userErrors`. */
export class UserFacingError extends Error {
  constructor(readonly errors: UserError[]) {
    super(errors.map((e) => e.message).join('; '));
  }

  static of(code: string, message: string, field?: string[]): UserFacingError {
    return new UserFacingError([UserError.of(code, message, field)]);
  }
}

export interface Payload {
  userErrors: UserError[];
}

/**
 * Runs a mutation's service call and maps a UserFacingError into the payload's `userErrors`; anything else is
 * unexpected and propagates (masked by the error formatter).
 */
export const payloadOf = async <P extends Payload>(
  run: () => Promise<Omit<P, 'userErrors'>>,
  empty: () => Omit<P, 'userErrors'>,
): Promise<P> => {
  try {
    return { ...(await run()), userErrors: [] } as unknown as P;
  } catch (error) {
    if (error instanceof UserFacingError) return { ...empty(), userErrors: error.errors } as unknown as P;
    throw error;
  }
};
