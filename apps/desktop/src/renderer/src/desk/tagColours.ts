import { createContext, useContext, useEffect, useState } from 'react';
import type { WinnowClient } from '@winnow/contract';

/** Each tag's colour by name: chips on facts and articles are drawn in it. */
export const TagColoursContext = createContext<ReadonlyMap<string, string>>(new Map());
export const useTagColour = (name: string) => useContext(TagColoursContext).get(name);

/** The corpus's tag colours, read again after each decision (a tag may have changed). */
export function useTagColourMap(
  client: WinnowClient,
  revision: number,
): ReadonlyMap<string, string> {
  const [colours, setColours] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    void client.call('tags.list', {}).then((result) => {
      if (result.ok) setColours(new Map(result.value.map((tag) => [tag.name, tag.colour])));
    });
  }, [client, revision]);
  return colours;
}
