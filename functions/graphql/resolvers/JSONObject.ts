import { GraphQLJSONObject } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';

export const JSONObject = new GraphQLScalarType({
  ...GraphQLJSONObject.toConfig(),
  description: 'A JSON object: a record\'s fields as stored, in the exchange shape of docs/exchange.md.',
});
