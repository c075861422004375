import { validate, type ValidationError } from 'class-validator';
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

const flatten = (errors: ValidationError[], path: string[]): UserError[] =>
  errors.flatMap((e) => [
    ...Object.values(e.constraints ?? {}).map((message) =>
      UserError.of('INVALID', message, [...path, e.property]),
    ),
    ...flatten(e.children ?? [], [...path, e.property]),
  ]);

/** Validates a mutation's input (its class-validator rules) into user errors with the path of each field. */
export const validateInput = async (input: object): Promise<UserError[]> =>
  flatten(await validate(input, { forbidUnknownValues: false }), ['input']);

/**
 * Validates the input (mutation arguments are declared with `validate: false` so the rules end up here, as
 * `userErrors`), runs the service call and maps a UserFacingError into the payload's `userErrors`; anything else is
 * unexpected and propagates (masked by the error formatter).
 */
export const payloadOf = async <P extends Payload>(
  input: object | null,
  run: () => Promise<Omit<P, 'userErrors'>>,
  empty: () => Omit<P, 'userErrors'>,
): Promise<P> => {
  const invalid = input === null ? [] : await validateInput(input);
  if (invalid.length > 0) return { ...empty(), userErrors: invalid } as unknown as P;
  try {
    return { ...(await run()), userErrors: [] } as unknown as P;
  } catch (error) {
    if (error instanceof UserFacingError) return { ...empty(), userErrors: error.errors } as unknown as P;
    throw error;
  }
};
