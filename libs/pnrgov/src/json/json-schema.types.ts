/** The part of JSON Schema draft 2020-12 that paxgate's published schemas use. */
export interface JsonSchemaNode {
  $schema?: string;
  $id?: string;
  $ref?: string;
  $defs?: Readonly<Record<string, JsonSchemaNode>>;
  title?: string;
  description?: string;
  type?: JsonType | readonly JsonType[];
  properties?: Readonly<Record<string, JsonSchemaNode>>;
  required?: readonly string[];
  additionalProperties?: boolean;
  items?: JsonSchemaNode;
  anyOf?: readonly JsonSchemaNode[];
  enum?: readonly (string | null)[];
  const?: string;
  pattern?: string;
  minimum?: number;
}

export type JsonType = 'object' | 'array' | 'string' | 'integer' | 'number' | 'boolean' | 'null';
