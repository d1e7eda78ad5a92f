/** The shapes a CustomResourceDefinition gives the kinds it adds: types only. */

/**
 * Structural OpenAPI v3 schemas as CustomResourceDefinitions declare them
 * (`spec.versions[].schema.openAPIV3Schema`): pruning of undeclared fields, defaulting and
 * validation with the messages the apiextensions API server gives.
 */
export interface Schema {
  type?: string;
  description?: string;
  format?: string;
  properties?: Record<string, Schema>;
  additionalProperties?: Schema | boolean;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  pattern?: string;
  maxLength?: number;
  minLength?: number;
  maxItems?: number;
  minItems?: number;
  maxProperties?: number;
  minProperties?: number;
  nullable?: boolean;
  default?: unknown;
  allOf?: Schema[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  'x-kubernetes-preserve-unknown-fields'?: boolean;
  'x-kubernetes-int-or-string'?: boolean;
  'x-kubernetes-embedded-resource'?: boolean;
}

/** One `additionalPrinterColumns` entry. */
export interface PrinterColumn {
  name: string;
  type: string;
  format?: string;
  description?: string;
  priority?: number;
  jsonPath: string;
}

/** What a CustomResourceDefinition declares for one served version of its kind. */
export interface CustomVersion {
  /** The CustomResourceDefinition's name, `<plural>.<group>`. */
  crd: string;
  storageVersion: string;
  listKind: string;
  schema?: Schema;
  columns: PrinterColumn[];
  scale?: { specReplicasPath: string; statusReplicasPath: string; labelSelectorPath?: string };
  selectableFields: string[];
}
