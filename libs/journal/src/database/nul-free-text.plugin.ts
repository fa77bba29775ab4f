import {
  KyselyPlugin,
  OperationNodeTransformer,
  PluginTransformQueryArgs,
  PluginTransformResultArgs,
  PrimitiveValueListNode,
  QueryResult,
  RootOperationNode,
  UnknownRow,
  ValueNode,
} from 'kysely';

/** What a NUL becomes: the Unicode replacement character, visibly not the carrier's byte. */
export const NUL_REPLACEMENT = '\uFFFD';

function nulFree(value: unknown): unknown {
  return typeof value === 'string' && value.includes('\u0000')
    ? value.replaceAll('\u0000', NUL_REPLACEMENT)
    : value;
}

class NulFreeTransformer extends OperationNodeTransformer {
  protected override transformValue(node: ValueNode): ValueNode {
    return { ...node, value: nulFree(node.value) };
  }

  protected override transformPrimitiveValueList(
    node: PrimitiveValueListNode,
  ): PrimitiveValueListNode {
    return { ...node, values: node.values.map(nulFree) };
  }
}

/**
 * PostgreSQL text cannot hold NUL (it refuses the whole statement), but a carrier's bytes can
 * put one in a sender id, a reference or a finding's value. Every string parameter has its NULs
 * replaced, for writes and lookups alike, so such an interchange is journaled and rejected like
 * any other bad input. The raw bytes (bytea) are untouched.
 */
export class NulFreeTextPlugin implements KyselyPlugin {
  private readonly transformer = new NulFreeTransformer();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.transformer.transformNode(args.node);
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}
