import type {
  TemplateComponent,
  TemplateHealthProbe,
  TemplatePort,
  TemplateResources,
  TemplateVolume,
} from '@/contract/templates';

/** One way to put a component's parts into words: the diff views and the Markdown export. */
export function formatImage(component: Pick<TemplateComponent, 'image' | 'tag'>): string {
  return `${component.image}:${component.tag}`;
}

export function formatPort(port: TemplatePort): string {
  return `${port.port}/${port.protocol}${port.public ? ' (public)' : ''}`;
}

export function formatVolume(volume: TemplateVolume): string {
  return `${volume.name} → ${volume.mountPath} (${volume.sizeGiB} GiB)`;
}

export function formatCpu(millicores: number): string {
  return millicores % 1000 === 0 ? `${millicores / 1000} CPU` : `${millicores}m CPU`;
}

export function formatMemory(mebibytes: number): string {
  return mebibytes % 1024 === 0 ? `${mebibytes / 1024} GiB` : `${mebibytes} MiB`;
}

export function formatResources(resources: TemplateResources): string {
  return `${formatCpu(resources.cpuMillicores)}, ${formatMemory(resources.memoryMiB)}`;
}

/** A command probe puts its command on the lines after the first, so it diffs line by line. */
export function formatProbe(probe: TemplateHealthProbe | null): string {
  if (!probe) return 'none';
  const timing = `every ${probe.periodSeconds}s, first after ${probe.initialDelaySeconds}s`;
  switch (probe.kind) {
    case 'http':
      return `HTTP GET :${probe.port}${probe.path} ${timing}`;
    case 'tcp':
      return `TCP :${probe.port} ${timing}`;
    case 'command':
      return `command ${timing}\n${probe.command}`;
  }
}
