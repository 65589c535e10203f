// Route schemas compile once per process, not once per app: the tests and benches build an app per test
// file or server, and compiling every route's validator (ajv) and serializer (fast-json-stringify) again
// cost about a second each time. Fastify's own compilers, with their output kept by the schema's JSON
// text and the compiler's options, so only an identical schema gets a function compiled before.
import { AjvCompiler, type ValidatorFactory } from '@fastify/ajv-compiler';
import { SerializerSelector, type SerializerFactory } from '@fastify/fast-json-stringify-compiler';

const validatorPools = AjvCompiler();
const serializerPools = SerializerSelector();
const compiled = new Map<string, unknown>();

function remember<T>(key: string, build: () => T): T {
  if (compiled.has(key)) return compiled.get(key) as T;
  const fn = build();
  compiled.set(key, fn);
  return fn;
}

const buildValidator: ValidatorFactory = (externalSchemas, options) => {
  const compile = validatorPools(externalSchemas, options);
  const scope = `v|${JSON.stringify(externalSchemas)}|${JSON.stringify(options)}`;
  return (route) => remember(`${scope}|${JSON.stringify(route.schema)}`, () => compile(route));
};

const buildSerializer: SerializerFactory = (externalSchemas, options) => {
  const compile = serializerPools(externalSchemas, options);
  const scope = `s|${JSON.stringify(externalSchemas)}|${JSON.stringify(options)}`;
  return (route) => remember(`${scope}|${JSON.stringify(route.schema)}`, () => compile(route));
};

export const sharedSchemaCompilers = { buildValidator, buildSerializer };
