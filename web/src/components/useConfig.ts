import { createContext, useContext } from 'react';
import type { ConsoleConfig } from '../config';

export const ConfigContext = createContext<ConsoleConfig>({ auth: 'none', stage: 'unknown', graphqlUrl: '/graphql' });
export const useConfig = (): ConsoleConfig => useContext(ConfigContext);
