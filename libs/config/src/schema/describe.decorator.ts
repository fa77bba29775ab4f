// Descriptions are read through the Reflect API.
import 'reflect-metadata';

const DESCRIPTION = Symbol('paxgate:description');

/**
 * What a setting (on a property) or a group of settings (on a class) is for, in words an
 * operator reads: the one source of config/schema.json's descriptions. The generator adds the
 * environment variable of a key itself, so the text does not repeat it.
 */
export function Describe(text: string): ClassDecorator & PropertyDecorator {
  return (target: object, property?: string | symbol): void => {
    if (property === undefined) Reflect.defineMetadata(DESCRIPTION, text, target);
    else Reflect.defineMetadata(DESCRIPTION, text, target, property);
  };
}

/** The class's own description (a subclass does not inherit its parent's). */
export function classDescription(type: abstract new () => unknown): string | undefined {
  return Reflect.getOwnMetadata(DESCRIPTION, type) as string | undefined;
}

/** The property's description, declared on the class or on one it extends. */
export function propertyDescription(
  type: abstract new () => unknown,
  property: string,
): string | undefined {
  return Reflect.getMetadata(DESCRIPTION, type.prototype as object, property) as string | undefined;
}
