import type { IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import type { KubeObject } from '../store/types.ts';
import { isRecord } from '../store/types.ts';
import type { ResourceCatalog } from './crd.ts';
import { parseJsonBody } from './duplicate-fields.ts';
import { badRequest, resourceNotFound } from './errors.ts';
import { decodeObject as decodeProtobuf, PROTOBUF } from './protobuf/codec.ts';
import type { ResourceDef } from './resources.ts';
import { findResource } from './resources.ts';

export type Verb =
  | 'get'
  | 'list'
  | 'watch'
  | 'create'
  | 'update'
  | 'patch'
  | 'delete'
  | 'deletecollection';

export interface ResourceRequest {
  def: ResourceDef;
  namespace?: string;
  name?: string;
  subresource?: string;
  /** For proxy: the port after `name:` and the path after `/proxy`. */
  proxyPort?: string;
  proxyPath?: string;
  verb: Verb;
}

/** Parses `/api/v1/...` and `/apis/<group>/<version>/...` resource paths. Returns undefined for other paths. */
export function parseResourcePath(
  method: string,
  pathname: string,
  query: URLSearchParams,
  catalog?: ResourceCatalog,
): ResourceRequest | undefined {
  const parts = pathname
    .split('/')
    .filter((p) => p.length > 0)
    .map((p) => decodeURIComponent(p));
  let group: string;
  let version: string;
  let rest: string[];
  if (parts[0] === 'api' && parts.length >= 3) {
    group = '';
    version = parts[1] ?? '';
    rest = parts.slice(2);
  } else if (parts[0] === 'apis' && parts.length >= 4) {
    group = parts[1] ?? '';
    version = parts[2] ?? '';
    rest = parts.slice(3);
  } else return undefined;
  let namespace: string | undefined;
  if (
    rest[0] === 'namespaces' &&
    rest.length >= 3 &&
    !(rest.length === 3 && (rest[2] === 'status' || rest[2] === 'finalize'))
  ) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const [resource = '', rawName, subresource, ...tail] = rest;
  const def = catalog
    ? catalog.find(group, version, resource)
    : findResource(group, version, resource);
  if (!def) throw resourceNotFound();
  if (namespace !== undefined && !def.namespaced) throw resourceNotFound();
  let name = rawName;
  let proxyPort: string | undefined;
  let proxyPath: string | undefined;
  if (subresource === 'proxy' && name) {
    const colon = name.lastIndexOf(':');
    if (colon > 0) {
      proxyPort = name.slice(colon + 1);
      name = name.slice(0, colon);
    }
    const raw = pathname.split('/proxy')[1] ?? '';
    proxyPath = raw === '' ? '/' : raw;
  } else if (tail.length > 0) throw resourceNotFound();
  if (subresource !== undefined && !def.subresources.includes(subresource))
    throw resourceNotFound();
  const watch = query.get('watch') === 'true' || query.get('watch') === '1';
  let verb: Verb;
  switch (method) {
    case 'GET':
      verb = name === undefined ? (watch ? 'watch' : 'list') : 'get';
      break;
    case 'POST':
      verb = 'create';
      break;
    case 'PUT':
      verb = 'update';
      break;
    case 'PATCH':
      verb = 'patch';
      break;
    case 'DELETE':
      verb = name === undefined ? 'deletecollection' : 'delete';
      break;
    default:
      verb = 'get';
  }
  return {
    def,
    ...(namespace !== undefined ? { namespace } : {}),
    ...(name !== undefined ? { name } : {}),
    ...(subresource !== undefined ? { subresource } : {}),
    ...(proxyPort !== undefined ? { proxyPort } : {}),
    ...(proxyPath !== undefined ? { proxyPath } : {}),
    verb,
  };
}

const MAX_BODY = 8 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

export function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/**
 * Decodes a JSON, YAML or protobuf request body, with the API server's 400 messages naming the
 * kind it expected.
 */
export function decodeBody(body: Buffer, contentType: string, kind: string): unknown {
  const type = mediaType(contentType);
  if (type === PROTOBUF) {
    try {
      return decodeProtobuf(body);
    } catch (err) {
      throw badRequest(
        `the object provided is unrecognized (must be of type ${kind}): ${(err as Error).message}`,
      );
    }
  }
  const text = body.toString('utf8');
  if (type.includes('yaml')) {
    try {
      return parseYaml(text);
    } catch (err) {
      throw badRequest(
        `error converting YAML to JSON: yaml: ${(err as Error).message.split('\n')[0]}`,
      );
    }
  }
  try {
    return parseJsonBody(text);
  } catch (err) {
    throw badRequest(
      `the object provided is unrecognized (must be of type ${kind}): couldn't get version/kind; json parse error: ${(err as Error).message}`,
    );
  }
}

/** Decodes a request body into an object of the resource's kind. */
export function decodeObject(body: Buffer, contentType: string, def: ResourceDef): KubeObject {
  const value = decodeBody(body, contentType, def.kind);
  if (!isRecord(value)) {
    throw badRequest(
      `the object provided is unrecognized (must be of type ${def.kind}): couldn't get version/kind; json parse error: expected an object`,
    );
  }
  if (!isRecord(value.metadata)) value.metadata = {};
  return value as KubeObject;
}

export function decodePatch(body: Buffer): unknown {
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (err) {
    throw badRequest(`error decoding patch: ${(err as Error).message}`);
  }
}
