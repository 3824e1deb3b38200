import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** A string scalar checked on the way in and out; a bad value is a client error naming the scalar. */
export const stringScalar = (name: string, description: string, valid: (value: string) => boolean, hint: string) => {
  const check = (value: unknown): string => {
    if (typeof value !== 'string' || !valid(value)) {
      throw new GraphQLError(`${name} must be ${hint}; got ${JSON.stringify(value)}`, { extensions: { code: 'BAD_USER_INPUT' } });
    }
    return value;
  };
  return new GraphQLScalarType<string, string>({
    name,
    description,
    serialize: (value) => check(value),
    parseValue: (value) => check(value),
    parseLiteral: (ast) => {
      if (ast.kind !== Kind.STRING) throw new GraphQLError(`${name} must be a string (${hint})`, { extensions: { code: 'BAD_USER_INPUT' } });
      return check(ast.value);
    },
  });
};
