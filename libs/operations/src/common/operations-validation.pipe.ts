import { ValidationPipe } from '@nestjs/common';

/**
 * Query, path and body validation for the operations routes. Per controller, not app-wide, so
 * the other modules of the app keep their own rules. Unknown query fields are refused: a typo
 * such as `stauts=` would otherwise silently list everything.
 */
export function operationsValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidNonWhitelisted: true,
  });
}
