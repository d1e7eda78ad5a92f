/**
 * Writes kubernetes.desc.pb (a FileDescriptorSet) from the protobuf descriptors that kubectl's
 * compiled k8s.io/api and k8s.io/apimachinery packages register: each generated.pb.go embeds
 * its generated.proto as a gzipped FileDescriptorProto. Run it when the served kinds change:
 *
 *   node server/simulator/src/api/protobuf/extract-descriptors.ts /usr/bin/kubectl
 */
import { readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import descriptorModule from 'protobufjs/ext/descriptor/index.js';

const descriptor = descriptorModule as unknown as typeof import('protobufjs/ext/descriptor.js');

/** The .proto files the simulated API server needs, dependencies first. */
export const PROTO_FILES = [
  'k8s.io/apimachinery/pkg/runtime/schema/generated.proto',
  'k8s.io/apimachinery/pkg/runtime/generated.proto',
  'k8s.io/apimachinery/pkg/util/intstr/generated.proto',
  'k8s.io/apimachinery/pkg/api/resource/generated.proto',
  'k8s.io/apimachinery/pkg/apis/meta/v1/generated.proto',
  'k8s.io/api/core/v1/generated.proto',
  'k8s.io/api/apps/v1/generated.proto',
  'k8s.io/api/autoscaling/v1/generated.proto',
  'k8s.io/api/autoscaling/v2/generated.proto',
  'k8s.io/api/coordination/v1/generated.proto',
  'k8s.io/api/discovery/v1/generated.proto',
  'k8s.io/api/events/v1/generated.proto',
  'k8s.io/api/policy/v1/generated.proto',
  'k8s.io/api/authentication/v1/generated.proto',
  'k8s.io/api/authorization/v1/generated.proto',
  'k8s.io/api/rbac/v1/generated.proto',
];

const GZIP = Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00]);

function extract(binary: Buffer): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  let at = binary.indexOf(GZIP);
  while (at >= 0) {
    try {
      const raw = gunzipSync(binary.subarray(at, at + 4 * 1024 * 1024), { finishFlush: 2 });
      const file = descriptor.FileDescriptorProto.decode(raw);
      if (PROTO_FILES.includes(file.name ?? '') && !found.has(file.name ?? '')) {
        found.set(file.name ?? '', raw);
      }
    } catch {
      // not a descriptor
    }
    at = binary.indexOf(GZIP, at + 1);
  }
  return found;
}

if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const kubectl = process.argv[2] ?? '/usr/bin/kubectl';
  const found = extract(readFileSync(realpathSync(kubectl)));
  const missing = PROTO_FILES.filter((f) => !found.has(f));
  if (missing.length > 0) throw new Error(`not in ${kubectl}: ${missing.join(', ')}`);
  const set = descriptor.FileDescriptorSet.create({
    file: PROTO_FILES.map((f) => descriptor.FileDescriptorProto.decode(found.get(f) as Buffer)),
  });
  const out = join(dirname(fileURLToPath(import.meta.url)), 'kubernetes.desc.pb');
  writeFileSync(out, descriptor.FileDescriptorSet.encode(set).finish());
  process.stdout.write(`wrote ${out} (${PROTO_FILES.length} files)\n`);
}
