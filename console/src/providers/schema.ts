import { buildSchema, introspectionFromSchema, type IntrospectionSchema } from 'graphql';
import sdl from '../../../schema/schema.graphql?raw';

/**
 * The API's schema, from the committed SDL: the console never asks the server for introspection (which is for
 * signed-in users only) and always matches the API it was built with.
 */
export const introspectionSchema: IntrospectionSchema = introspectionFromSchema(buildSchema(sdl)).__schema;
