import type { Component } from '../interactions/component.ts';

/** The explicit component registry: what interactionCreate routes buttons, menus and modals to. */
export function buildComponents(components: Component[]): Map<string, Component> {
  return new Map(components.map((c) => [c.prefix, c]));
}
