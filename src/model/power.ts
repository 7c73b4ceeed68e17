import { PORT_SPEED_GBPS, PORT_SPEEDS, TECHNOLOGIES, type PortSpeed, type PowerInputs, type Technology } from './types';

/** pJ/bit × Gb/s = mW; returned in W. */
export function wattsPerPort(energyPjPerBit: number, gbps: number): number {
  return (energyPjPerBit * gbps) / 1000;
}

export function wattsPerPortTable(energy: PowerInputs['energyPjPerBit']): Record<Technology, Record<PortSpeed, number>> {
  const table = {} as Record<Technology, Record<PortSpeed, number>>;
  for (const tech of TECHNOLOGIES) {
    table[tech] = {} as Record<PortSpeed, number>;
    for (const speed of PORT_SPEEDS) table[tech][speed] = wattsPerPort(energy[tech][speed], PORT_SPEED_GBPS[speed]);
  }
  return table;
}

/**
 * Optics power of one cluster: each accelerator brings `ports800gEqPerAccelerator` of bandwidth, split across
 * speeds by `speedShare`; every bit costs the technology's energy per bit at that speed.
 */
export function clusterOpticsPowerW(
  accelerators: number,
  ports800gEqPerAccelerator: number,
  speedShare: Record<PortSpeed, number>,
  energyPjPerBit: Record<PortSpeed, number>,
): number {
  let watts = 0;
  for (const speed of PORT_SPEEDS) {
    const bandwidthGbps = accelerators * ports800gEqPerAccelerator * speedShare[speed] * 800;
    watts += (energyPjPerBit[speed] * bandwidthGbps) / 1000;
  }
  return watts;
}
