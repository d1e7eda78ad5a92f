{{/* Chart name, shortened to Kubernetes' 63-character limit. */}}
{{- define "backline.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Full name: the release name, plus the chart name unless the release name already has it. */}}
{{- define "backline.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "backline.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/* Labels that select Backline's pods; never change them on upgrade. */}}
{{- define "backline.selectorLabels" -}}
app.kubernetes.io/name: {{ include "backline.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/component: server
{{- end }}

{{/* Labels of every object, without the component. */}}
{{- define "backline.commonLabels" -}}
helm.sh/chart: {{ include "backline.chart" . }}
app.kubernetes.io/name: {{ include "backline.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/part-of: backline
app.kubernetes.io/managed-by: {{ .Release.Service }}
{{- end }}

{{- define "backline.labels" -}}
{{ include "backline.commonLabels" . }}
app.kubernetes.io/component: server
{{- end }}

{{- define "backline.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "backline.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- required "serviceAccount.name is required when serviceAccount.create is false" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "backline.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (default .Chart.AppVersion .Values.image.tag) }}
{{- end }}
{{- end }}

{{- define "backline.cnpgClusterName" -}}
{{- printf "%s-db" (include "backline.fullname" .) | trunc 50 | trimSuffix "-" }}
{{- end }}

{{/* The Secret and key holding DATABASE_URL. */}}
{{- define "backline.databaseSecretName" -}}
{{- if eq .Values.database.mode "cnpg" }}
{{- printf "%s-app" (include "backline.cnpgClusterName" .) }}
{{- else }}
{{- required "database.external.existingSecret is required when database.mode is external" .Values.database.external.existingSecret }}
{{- end }}
{{- end }}

{{- define "backline.databaseSecretKey" -}}
{{- if eq .Values.database.mode "cnpg" }}uri{{ else }}{{ .Values.database.external.urlKey }}{{ end }}
{{- end }}

{{- define "backline.trustProxy" -}}
{{- $t := .Values.config.trustProxy -}}
{{- if and (kindIs "bool" $t) (not $t) -}}
{{- if .Values.ingress.enabled }}1{{ else }}false{{ end -}}
{{- else -}}
{{- $t -}}
{{- end -}}
{{- end }}

{{/* Origins allowed to open the GraphQL websocket: configured ones plus the ingress host. */}}
{{- define "backline.allowedOrigins" -}}
{{- $origins := .Values.config.allowedOrigins }}
{{- if and .Values.ingress.enabled .Values.ingress.host }}
{{- $scheme := ternary "https" "http" .Values.ingress.tls.enabled }}
{{- $origins = append $origins (printf "%s://%s" $scheme .Values.ingress.host) }}
{{- end }}
{{- $origins | uniq | join "," }}
{{- end }}

{{/* Where the provider sends the browser back: oidc.redirectUrl, else derived from the Ingress host. */}}
{{- define "backline.oidcRedirectUrl" -}}
{{- if .Values.oidc.redirectUrl }}
{{- .Values.oidc.redirectUrl }}
{{- else if and .Values.ingress.enabled .Values.ingress.host }}
{{- printf "%s://%s/auth/oidc/callback" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host }}
{{- else }}
{{- fail "oidc.redirectUrl is required when oidc.enabled and there is no ingress.host to derive it from" }}
{{- end }}
{{- end }}

{{/* oidc.roleMap as BACKLINE_OIDC_ROLE_MAP: group=ROLE pairs, comma-separated, in a stable order. */}}
{{- define "backline.oidcRoleMap" -}}
{{- $pairs := list }}
{{- range $group, $role := .Values.oidc.roleMap }}
{{- $pairs = append $pairs (printf "%s=%s" $group $role) }}
{{- end }}
{{- $pairs | join "," }}
{{- end }}

{{/* The console's address for links in alerts: metrics.consoleUrl, else the Ingress host, else the Service. */}}
{{- define "backline.consoleUrl" -}}
{{- if .Values.metrics.consoleUrl }}
{{- trimSuffix "/" .Values.metrics.consoleUrl }}
{{- else if and .Values.ingress.enabled .Values.ingress.host }}
{{- printf "%s://%s" (ternary "https" "http" .Values.ingress.tls.enabled) .Values.ingress.host }}
{{- else }}
{{- printf "http://%s.%s.svc:%v" (include "backline.fullname" .) .Release.Namespace .Values.service.port }}
{{- end }}
{{- end }}
