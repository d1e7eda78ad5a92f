// Command render renders a Helm chart the way `helm template` does, for tests on
// machines without Helm. It uses the engine Helm is built on, Go's text/template
// with the sprig functions, and adds Helm's own functions (include, tpl, toYaml,
// fromYaml, toJson, fromJson, required, fail, lookup), .Values (values.yaml, then
// each -f file, then --set), .Release, .Chart, .Capabilities, .Template and
// .Files.Get. It does not validate values.schema.json; the tests do that on the
// merged values it prints with --print-values.
//
// Build in GOPATH mode against Debian's packaged sources:
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o render ./charts/render
//	render [-f values.yaml]... [--set a.b=c]... [--name N] [--namespace NS] CHART_DIR
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"text/template"

	"github.com/Masterminds/sprig"
	yamlv2 "gopkg.in/yaml.v2"
	yaml "gopkg.in/yaml.v3"
)

type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func main() {
	var valueFiles, sets, apiVersions listFlag
	flag.Var(&valueFiles, "f", "values file (repeatable; later files win)")
	flag.Var(&sets, "set", "value override a.b.c=value (repeatable)")
	flag.Var(&apiVersions, "api-versions", "extra API version for .Capabilities.APIVersions (repeatable)")
	name := flag.String("name", "backline", "release name")
	namespace := flag.String("namespace", "default", "release namespace")
	kubeVersion := flag.String("kube-version", "v1.32.0", "Kubernetes version for .Capabilities.KubeVersion")
	printValues := flag.Bool("print-values", false, "print the merged values as JSON instead of rendering (for schema checks)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: render [-f values.yaml]... [--set a.b=c]... [--name N] [--namespace NS] CHART_DIR")
		os.Exit(2)
	}
	if *printValues {
		values, err := loadValues(flag.Arg(0), valueFiles, sets)
		if err != nil {
			fmt.Fprintf(os.Stderr, "Error: %v\n", err)
			os.Exit(1)
		}
		json.NewEncoder(os.Stdout).Encode(values)
		return
	}
	out, err := render(flag.Arg(0), valueFiles, sets, apiVersions, *name, *namespace, *kubeVersion)
	if err != nil {
		fmt.Fprintf(os.Stderr, "Error: %v\n", err)
		os.Exit(1)
	}
	os.Stdout.WriteString(out)
}

func render(chartDir string, valueFiles, sets, apiVersions []string, name, namespace, kubeVersion string) (string, error) {
	chartMeta, err := readYAMLFile(filepath.Join(chartDir, "Chart.yaml"))
	if err != nil {
		return "", err
	}
	chartName, _ := chartMeta["name"].(string)
	if chartName == "" {
		return "", errors.New("Chart.yaml has no name")
	}
	values, err := loadValues(chartDir, valueFiles, sets)
	if err != nil {
		return "", err
	}

	templatesDir := filepath.Join(chartDir, "templates")
	entries, err := os.ReadDir(templatesDir)
	if err != nil {
		return "", err
	}
	root := template.New("chart")
	root.Option("missingkey=zero")
	root.Funcs(funcMap(root))
	var names []string
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		text, err := os.ReadFile(filepath.Join(templatesDir, e.Name()))
		if err != nil {
			return "", err
		}
		tplName := path.Join(chartName, "templates", e.Name())
		if _, err := root.New(tplName).Parse(string(text)); err != nil {
			return "", err
		}
		names = append(names, tplName)
	}
	sort.Strings(names)

	top := map[string]interface{}{
		"Values":       values,
		"Release":      map[string]interface{}{"Name": name, "Namespace": namespace, "Service": "Helm", "IsInstall": true, "IsUpgrade": false, "Revision": 1},
		"Chart":        chartObject(chartMeta),
		"Capabilities": capabilities(kubeVersion, apiVersions),
		"Files":        files{dir: chartDir},
	}
	var docs []document
	for _, tplName := range names {
		base := path.Base(tplName)
		if strings.HasPrefix(base, "_") || base == "NOTES.txt" {
			continue
		}
		data := make(map[string]interface{}, len(top)+1)
		for k, v := range top {
			data[k] = v
		}
		data["Template"] = map[string]interface{}{"Name": tplName, "BasePath": path.Join(chartName, "templates")}
		var buf bytes.Buffer
		if err := root.ExecuteTemplate(&buf, tplName, data); err != nil {
			return "", err
		}
		text := strings.ReplaceAll(buf.String(), "<no value>", "")
		for _, part := range splitDocuments(text) {
			kind, err := documentKind(part)
			if err != nil {
				return "", fmt.Errorf("%s: rendered YAML does not parse: %w", tplName, err)
			}
			if kind == "" && isBlank(part) {
				continue
			}
			docs = append(docs, document{source: tplName, kind: kind, text: part})
		}
	}
	sort.SliceStable(docs, func(i, j int) bool { return kindOrder(docs[i].kind) < kindOrder(docs[j].kind) })
	var out strings.Builder
	for _, d := range docs {
		out.WriteString("---\n# Source: " + d.source + "\n" + strings.TrimSpace(d.text) + "\n")
	}
	return out.String(), nil
}

type document struct{ source, kind, text string }

// Helm's install order (releaseutil.InstallOrder); kinds not in it come last.
var installOrder = []string{
	"PriorityClass", "Namespace", "NetworkPolicy", "ResourceQuota", "LimitRange", "PodSecurityPolicy",
	"PodDisruptionBudget", "ServiceAccount", "Secret", "SecretList", "ConfigMap", "StorageClass",
	"PersistentVolume", "PersistentVolumeClaim", "CustomResourceDefinition", "ClusterRole",
	"ClusterRoleList", "ClusterRoleBinding", "ClusterRoleBindingList", "Role", "RoleList", "RoleBinding",
	"RoleBindingList", "Service", "DaemonSet", "Pod", "ReplicationController", "ReplicaSet", "Deployment",
	"HorizontalPodAutoscaler", "StatefulSet", "Job", "CronJob", "IngressClass", "Ingress", "APIService",
}

func kindOrder(kind string) int {
	for i, k := range installOrder {
		if k == kind {
			return i
		}
	}
	return len(installOrder)
}

func splitDocuments(text string) []string {
	var parts []string
	var cur []string
	for _, line := range strings.Split(text, "\n") {
		if strings.TrimRight(line, " ") == "---" {
			parts = append(parts, strings.Join(cur, "\n"))
			cur = nil
			continue
		}
		cur = append(cur, line)
	}
	return append(parts, strings.Join(cur, "\n"))
}

func isBlank(doc string) bool {
	for _, line := range strings.Split(doc, "\n") {
		t := strings.TrimSpace(line)
		if t != "" && !strings.HasPrefix(t, "#") {
			return false
		}
	}
	return true
}

func documentKind(doc string) (string, error) {
	var head struct {
		Kind string `yaml:"kind"`
	}
	if err := yaml.Unmarshal([]byte(doc), &head); err != nil {
		return "", err
	}
	return head.Kind, nil
}

// --- values ---

// loadValues merges values.yaml, then each -f file, then each --set, as Helm does.
func loadValues(chartDir string, valueFiles, sets []string) (map[string]interface{}, error) {
	values, err := readYAMLFile(filepath.Join(chartDir, "values.yaml"))
	if err != nil {
		return nil, err
	}
	for _, f := range valueFiles {
		override, err := readYAMLFile(f)
		if err != nil {
			return nil, err
		}
		values = mergeValues(values, override)
	}
	for _, s := range sets {
		if err := setValue(values, s); err != nil {
			return nil, err
		}
	}
	return values, nil
}

func readYAMLFile(file string) (map[string]interface{}, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	return parseYAMLMap(data, file)
}

func parseYAMLMap(data []byte, what string) (map[string]interface{}, error) {
	var v interface{}
	if err := yaml.Unmarshal(data, &v); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	if v == nil {
		return map[string]interface{}{}, nil
	}
	m, ok := normalize(v).(map[string]interface{})
	if !ok {
		return nil, fmt.Errorf("%s: not a mapping", what)
	}
	return m, nil
}

// normalize makes parsed YAML look like Helm's: Helm reads values through JSON, so
// every number is a float64 (with the same printing surprises for big numbers).
func normalize(v interface{}) interface{} {
	switch t := v.(type) {
	case map[string]interface{}:
		for k, x := range t {
			t[k] = normalize(x)
		}
		return t
	case []interface{}:
		for i, x := range t {
			t[i] = normalize(x)
		}
		return t
	case int:
		return float64(t)
	case int64:
		return float64(t)
	case uint64:
		return float64(t)
	default:
		return v
	}
}

// mergeValues merges override into base like Helm: maps merge key by key, anything
// else replaces, and null deletes the key.
func mergeValues(base, override map[string]interface{}) map[string]interface{} {
	for k, v := range override {
		if v == nil {
			delete(base, k)
			continue
		}
		if vm, ok := v.(map[string]interface{}); ok {
			if bm, ok := base[k].(map[string]interface{}); ok {
				base[k] = mergeValues(bm, vm)
				continue
			}
		}
		base[k] = v
	}
	return base
}

// setValue applies one --set a.b.c=value: true/false/null, integers (int64, as in
// Helm) and strings; lists as {a,b}.
func setValue(values map[string]interface{}, expr string) error {
	eq := strings.Index(expr, "=")
	if eq <= 0 {
		return fmt.Errorf("--set %q: want key=value", expr)
	}
	keys := strings.Split(expr[:eq], ".")
	cur := values
	for _, k := range keys[:len(keys)-1] {
		next, ok := cur[k].(map[string]interface{})
		if !ok {
			next = map[string]interface{}{}
			cur[k] = next
		}
		cur = next
	}
	raw := expr[eq+1:]
	if strings.HasPrefix(raw, "{") && strings.HasSuffix(raw, "}") {
		list := []interface{}{}
		for _, item := range strings.Split(raw[1:len(raw)-1], ",") {
			if item != "" {
				list = append(list, scalar(item))
			}
		}
		cur[keys[len(keys)-1]] = list
		return nil
	}
	cur[keys[len(keys)-1]] = scalar(raw)
	return nil
}

func scalar(raw string) interface{} {
	switch raw {
	case "true":
		return true
	case "false":
		return false
	case "null":
		return nil
	}
	if n, err := strconv.ParseInt(raw, 10, 64); err == nil {
		return n
	}
	return raw
}

// --- .Chart, .Capabilities, .Files ---

func chartObject(meta map[string]interface{}) map[string]interface{} {
	fields := map[string]string{
		"apiVersion": "APIVersion", "name": "Name", "version": "Version", "appVersion": "AppVersion",
		"kubeVersion": "KubeVersion", "description": "Description", "type": "Type", "home": "Home",
		"keywords": "Keywords", "annotations": "Annotations", "icon": "Icon", "sources": "Sources",
		"maintainers": "Maintainers", "deprecated": "Deprecated", "dependencies": "Dependencies",
	}
	chart := map[string]interface{}{}
	for key, field := range fields {
		chart[field] = meta[key]
	}
	return chart
}

type apiVersionSet []string

// Has reports whether a group/version (or group/version/Kind) is served, as Helm's.
func (s apiVersionSet) Has(v string) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

type kubeVersionInfo struct{ Version, Major, Minor, GitVersion string }

func (k kubeVersionInfo) String() string { return k.Version }

func capabilities(version string, extra []string) map[string]interface{} {
	trimmed := strings.TrimPrefix(version, "v")
	parts := strings.SplitN(trimmed, ".", 3)
	major, minor := parts[0], ""
	if len(parts) > 1 {
		minor = parts[1]
	}
	builtIn := []string{
		"v1", "apps/v1", "batch/v1", "policy/v1", "autoscaling/v1", "autoscaling/v2",
		"networking.k8s.io/v1", "rbac.authorization.k8s.io/v1", "coordination.k8s.io/v1",
		"storage.k8s.io/v1", "scheduling.k8s.io/v1", "discovery.k8s.io/v1", "events.k8s.io/v1",
		"apiextensions.k8s.io/v1", "admissionregistration.k8s.io/v1", "certificates.k8s.io/v1",
	}
	return map[string]interface{}{
		"KubeVersion": kubeVersionInfo{Version: "v" + trimmed, Major: major, Minor: minor, GitVersion: "v" + trimmed},
		"APIVersions": apiVersionSet(append(builtIn, extra...)),
		"HelmVersion": map[string]interface{}{"Version": "v3"},
	}
}

type files struct{ dir string }

// Get returns a chart file's contents, or "" when it does not exist (as Helm's).
func (f files) Get(name string) string {
	clean := filepath.Clean("/" + name)
	data, err := os.ReadFile(filepath.Join(f.dir, clean))
	if err != nil {
		return ""
	}
	return string(data)
}

// --- functions ---

func funcMap(root *template.Template) template.FuncMap {
	fm := sprig.TxtFuncMap()
	// Helm removes these: a chart must render the same on every machine.
	delete(fm, "env")
	delete(fm, "expandenv")
	extra := template.FuncMap{
		"toYaml":   toYaml,
		"fromYaml": fromYaml,
		"toJson":   toJSON,
		"fromJson": fromJSON,
		"required": func(msg string, v interface{}) (interface{}, error) {
			if v == nil {
				return nil, errors.New(msg)
			}
			if s, ok := v.(string); ok && s == "" {
				return nil, errors.New(msg)
			}
			return v, nil
		},
		"fail": func(msg string) (string, error) { return "", errors.New(msg) },
		// No cluster to ask: like `helm template`, lookup finds nothing.
		"lookup": func(apiVersion, kind, namespace, name string) (map[string]interface{}, error) {
			return map[string]interface{}{}, nil
		},
		"include": func(name string, data interface{}) (string, error) {
			var buf bytes.Buffer
			if err := root.ExecuteTemplate(&buf, name, data); err != nil {
				return "", err
			}
			return buf.String(), nil
		},
		"tpl": func(text string, data interface{}) (string, error) {
			t, err := root.Clone()
			if err != nil {
				return "", err
			}
			t, err = t.New("tpl").Parse(text)
			if err != nil {
				return "", err
			}
			var buf bytes.Buffer
			if err := t.Execute(&buf, data); err != nil {
				return "", err
			}
			return strings.ReplaceAll(buf.String(), "<no value>", ""), nil
		},
	}
	for k, v := range extra {
		fm[k] = v
	}
	return fm
}

// toYaml matches Helm's (sigs.k8s.io/yaml): through JSON, so keys are sorted and
// numbers print as JSON numbers, then YAML; no trailing newline.
func toYaml(v interface{}) string {
	data, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	var ordered yamlv2.MapSlice
	var out []byte
	if bytes.HasPrefix(data, []byte("{")) {
		if err := yamlv2.Unmarshal(data, &ordered); err != nil {
			return ""
		}
		out, err = yamlv2.Marshal(ordered)
		if err != nil {
			return ""
		}
	} else {
		var generic interface{}
		if err := yamlv2.Unmarshal(data, &generic); err != nil {
			return ""
		}
		if out, err = yamlv2.Marshal(generic); err != nil {
			return ""
		}
	}
	return strings.TrimSuffix(string(out), "\n")
}

// fromYaml returns the mapping, or a map with an "Error" key, as Helm's does.
func fromYaml(text string) map[string]interface{} {
	m, err := parseYAMLMap([]byte(text), "fromYaml")
	if err != nil {
		return map[string]interface{}{"Error": err.Error()}
	}
	return m
}

func toJSON(v interface{}) string {
	data, err := json.Marshal(v)
	if err != nil {
		return ""
	}
	return string(data)
}

func fromJSON(text string) map[string]interface{} {
	m := map[string]interface{}{}
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		m["Error"] = err.Error()
	}
	return m
}
