import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';

// The Kubernetes manifests, validated against the Kubernetes API's JSON schemas shipped in the kubernetes-models
// package (no cluster, no network), plus the rules of this deployment the schemas cannot know.
const base = 'deploy/k8s/base';
type Manifest = { apiVersion: string; kind: string; metadata: { name: string }; spec?: any; data?: Record<string, string>; stringData?: Record<string, string> };

const kustomization = YAML.parse(readFileSync(join(base, 'kustomization.yaml'), 'utf8')) as { resources: string[] };
const manifests = kustomization.resources.flatMap((file) => YAML.parseAllDocuments(readFileSync(join(base, file), 'utf8')).map((d) => d.toJSON() as Manifest));

/** kubernetes-models/<group>/<version>/<Kind>: the core group is under v1 directly. */
async function modelFor(m: Manifest): Promise<new (data: unknown) => { validate(): void }> {
  const [group, version] = m.apiVersion.includes('/') ? m.apiVersion.split('/') : [null, m.apiVersion];
  const path = group ? `kubernetes-models/${group}/${version}/${m.kind}` : `kubernetes-models/${version}/${m.kind}`;
  return ((await import(path)) as Record<string, never>)[m.kind];
}

describe('Kubernetes manifests', () => {
  it.each(manifests.map((m) => [`${m.kind}/${m.metadata.name}`, m] as const))('%s validates against the Kubernetes schema', async (_, m) => {
    const Model = await modelFor(m);
    expect(() => new Model(m).validate()).not.toThrow();
  });

  it('a schema violation is caught (the check can fail)', async () => {
    const deployment = structuredClone(manifests.find((m) => m.kind === 'Deployment')!);
    deployment.spec.replicas = 'two';
    const Model = await modelFor(deployment);
    expect(() => new Model(deployment).validate()).toThrow();
  });

  const deployments = manifests.filter((m) => m.kind === 'Deployment');
  it('runs the gateway and every subgraph, each with probes, a PodDisruptionBudget and a CPU autoscaler', () => {
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(['cases', 'clients', 'gateway', 'life-situations', 'platform', 'services']);
    for (const d of deployments) {
      const container = d.spec.template.spec.containers[0];
      expect(container.readinessProbe.httpGet.path, d.metadata.name).toBe('/readyz');
      expect(container.livenessProbe.httpGet.path, d.metadata.name).toBe('/healthz');
      expect(d.spec.template.spec.securityContext.runAsNonRoot).toBe(true);
      expect(container.envFrom.map((e: any) => e.secretRef?.name).filter(Boolean)).toEqual(['psg-secrets']);
      const selector = d.spec.selector.matchLabels;
      const pdb = manifests.find((m) => m.kind === 'PodDisruptionBudget' && JSON.stringify(m.spec.selector.matchLabels) === JSON.stringify(selector));
      expect(pdb, `PodDisruptionBudget for ${d.metadata.name}`).toBeDefined();
      const hpa = manifests.find((m) => m.kind === 'HorizontalPodAutoscaler' && m.spec.scaleTargetRef.name === d.metadata.name);
      expect(hpa?.spec.metrics[0].resource.name, `HPA for ${d.metadata.name}`).toBe('cpu');
      expect(hpa!.spec.minReplicas).toBeGreaterThanOrEqual(2);
    }
  });

  it('migrates with a Job, and keeps keys in a Secret rather than the ConfigMap', () => {
    const job = manifests.find((m) => m.kind === 'Job')!;
    expect(job.spec.template.spec.containers[0].command).toEqual(['node', '--import', 'tsx', 'scripts/migrate.ts']);
    const secret = manifests.find((m) => m.kind === 'Secret')!;
    expect(Object.keys(secret.stringData!)).toEqual(expect.arrayContaining(['DATABASE_URL', 'CLIENT_ID_SECRET', 'GATEWAY_SIGNING_KEY']));
    const config = manifests.find((m) => m.kind === 'ConfigMap')!;
    for (const key of Object.keys(config.data!)) expect(key).not.toMatch(/SECRET|KEY$|PASSWORD|DATABASE_URL/);
  });

  it('exposes no metrics port through a Service', () => {
    for (const s of manifests.filter((m) => m.kind === 'Service')) expect(s.spec.ports.map((p: any) => p.name)).toEqual(['http']);
  });
});
