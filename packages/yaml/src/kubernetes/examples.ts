/** A Deployment that every Kubernetes rule accepts: the good example the rules' docs share. */
export const GOOD_DEPLOYMENT = `# k8s/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      securityContext:
        runAsNonRoot: true
      containers:
        - name: web
          image: ghcr.io/example/web:1.4.2
          ports:
            - containerPort: 8000
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: web-db
                  key: password
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
            limits:
              memory: 256Mi
          readinessProbe:
            httpGet:
              path: /healthz
              port: 8000
          livenessProbe:
            httpGet:
              path: /healthz
              port: 8000
          securityContext:
            allowPrivilegeEscalation: false
`

/** The good Deployment with one change: `replace(GOOD_DEPLOYMENT, from, to)` for bad examples. */
export function variant(from: string, to: string): string {
  if (!GOOD_DEPLOYMENT.includes(from)) throw new Error(`example variant: ${from} not found`)
  return GOOD_DEPLOYMENT.replace(from, to)
}
