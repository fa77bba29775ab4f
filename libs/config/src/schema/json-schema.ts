export type JsonType = 'string' | 'integer' | 'boolean' | 'object' | 'array' | 'null';

/** The part of JSON Schema (draft-07) that config/schema.json uses. */
export interface JsonSchema {
  $schema?: string;
  $id?: string;
  title?: string;
  type?: JsonType | JsonType[];
  const?: string;
  enum?: readonly string[];
  description?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  pattern?: string;
  minItems?: number;
  default?: unknown;
  additionalProperties?: boolean | JsonSchema;
  propertyNames?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  oneOf?: JsonSchema[];
}
