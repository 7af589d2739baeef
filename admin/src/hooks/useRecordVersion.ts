import { useEffect, useState } from 'react';

/**
 * Carries the `version` an edit form read into its update mutation (the server
 * refuses a stale one with CONFLICT instead of overwriting someone else's change).
 *
 *   const version = useRecordVersion();
 *   const { query } = useForm({ mutationMeta: { gqlMutation, gqlVariables: version.variables } });
 *   version.useTrack(query?.data?.data?.version);
 */
export function useRecordVersion() {
  const [version, setVersion] = useState<number | undefined>(undefined);
  return {
    variables: version === undefined ? {} : { version },
    /** Call once per render, after useForm, with the version just read. */
    useTrack(loaded: number | null | undefined) {
      useEffect(() => {
        setVersion(loaded ?? undefined);
      }, [loaded]);
    },
  };
}
