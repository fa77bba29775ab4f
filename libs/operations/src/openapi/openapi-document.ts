import { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document of every route the app serves, the operations API among them. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('paxgate operations API')
    .setDescription(
      'Status of interchanges, flights and deliveries for PIU technicians; replay; health and ' +
        'metrics. Everything but /health and /metrics needs the admin bearer token.',
    )
    .setVersion('1')
    .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'The console admin token' })
    .build();
  return SwaggerModule.createDocument(app, config);
}

/**
 * Serves the document and its UI at `/<path>`. The page itself needs no token (it describes
 * the API, it holds no data); calls made from it do.
 */
export function mountOpenApi(app: INestApplication, path = 'docs'): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  SwaggerModule.setup(path, app, document);
  return document;
}
