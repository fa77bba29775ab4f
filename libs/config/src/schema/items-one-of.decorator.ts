// The classes are kept through the Reflect API.
import 'reflect-metadata';

const ITEMS_ONE_OF = Symbol('paxgate:items-one-of');

export type SettingsClass = abstract new () => object;

/**
 * For a list whose items are each checked against one of several classes, picked by a
 * discriminator (as `toDestinationInstance` picks by `kind`): the classes the schema offers as
 * `oneOf`. A function, so that the classes may be declared after the decorated one.
 */
export function ItemsOneOf(classes: () => readonly SettingsClass[]): PropertyDecorator {
  return (target: object, property: string | symbol): void => {
    Reflect.defineMetadata(ITEMS_ONE_OF, classes, target, property);
  };
}

export function itemsOneOf(
  type: SettingsClass,
  property: string,
): readonly SettingsClass[] | undefined {
  const classes = Reflect.getMetadata(ITEMS_ONE_OF, type.prototype as object, property) as
    (() => readonly SettingsClass[]) | undefined;
  return classes?.();
}
