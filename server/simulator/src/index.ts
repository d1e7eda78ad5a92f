export type { AuthToken, RequestRecord } from './api/context.ts';
export type { SimClock, SimTimer } from './clock.ts';
export type { Fault, FaultSpec, FaultType } from './faults/faults.ts';
export { FAULT_TYPES, FaultError } from './faults/faults.ts';
export type { ScenarioStep } from './faults/scenario.ts';
export { parseScenario, runScenario } from './faults/scenario.ts';
export {
  DEMO_GATEWAY,
  SIM_CONTROLLER as SIM_GATEWAY_CONTROLLER,
  SIM_GATEWAY_CLASS,
  simulatedGateway,
} from './gateway/crds.ts';
export type { SimulatedGateway } from './gateway/routes.ts';
export type { GatewayCounter, RouteStats } from './gateway/stats.ts';
export type { RunningSimulator, SimulatorOptions } from './simulator.ts';
export { startSimulator } from './simulator.ts';
