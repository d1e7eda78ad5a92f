/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AuditEntryFields on AuditEntry {\n    seq\n    occurredAt\n    actorType\n    actorId\n    actor\n    action\n    targetType\n    targetId\n    details\n    prevHash\n    hash\n  }\n": typeof types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      headHash\n      verifiedAt\n      firstMismatch {\n        seq\n        kind\n        message\n        expected\n        actual\n      }\n    }\n  }\n": typeof types.VerifyAuditLogDocument,
    "\n  subscription AuditEntryAppended {\n    auditEntryAppended {\n      ...AuditEntryFields\n    }\n  }\n": typeof types.AuditEntryAppendedDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    authMethod\n    sessionExpiresAt\n    user {\n      id\n      email\n      name\n      role\n      hasPassword\n      mustChangePassword\n    }\n  }\n": typeof types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query SignInOptions {\n    serverInfo {\n      passwordLogin\n      singleSignOn {\n        displayName\n        loginUrl\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  fragment ReleaseFields on Release {\n    id\n    runtime\n    image\n    imagePinned\n    warnings\n    modelSource\n    modelRevision\n    engine {\n      maxModelLength\n      tensorParallelSize\n      gpuMemoryUtilization\n      dtype\n      quantization\n    }\n    resources {\n      gpus\n      gpuProduct\n      cpu\n      memory\n    }\n    createdAt\n    createdBy\n  }\n": typeof types.ReleaseFieldsFragmentDoc,
    "\n  fragment ModelFields on Model {\n    id\n    name\n    family\n    source\n    revision\n    license\n    parameterCountBillions\n    contextLength\n    gpuMemoryGiB\n    createdAt\n    releases {\n      ...ReleaseFields\n    }\n  }\n": typeof types.ModelFieldsFragmentDoc,
    "\n  query Models {\n    models {\n      ...ModelFields\n    }\n  }\n": typeof types.ModelsDocument,
    "\n  mutation RegisterModel($input: RegisterModelInput!) {\n    registerModel(input: $input) {\n      model {\n        ...ModelFields\n      }\n    }\n  }\n": typeof types.RegisterModelDocument,
    "\n  mutation CreateRelease($input: CreateReleaseInput!) {\n    createRelease(input: $input) {\n      created\n      release {\n        ...ReleaseFields\n      }\n    }\n  }\n": typeof types.CreateReleaseDocument,
    "\n  query ReleaseDiff($from: ID!, $to: ID!) {\n    releaseDiff(from: $from, to: $to) {\n      path\n      from\n      to\n    }\n  }\n": typeof types.ReleaseDiffDocument,
    "\n  fragment GoldenPromptFields on GoldenPrompt {\n    id\n    name\n    messages {\n      role\n      content\n    }\n    maxTokens\n    expectations {\n      contains\n      mustNotContain\n      pattern\n      jsonSchema\n      maxLength\n    }\n    updatedAt\n    updatedBy\n  }\n": typeof types.GoldenPromptFieldsFragmentDoc,
    "\n  query ModelGoldenPrompts($id: ID!) {\n    model(id: $id) {\n      id\n      goldenPrompts {\n        ...GoldenPromptFields\n      }\n    }\n  }\n": typeof types.ModelGoldenPromptsDocument,
    "\n  mutation CreateGoldenPrompt($input: CreateGoldenPromptInput!) {\n    createGoldenPrompt(input: $input) {\n      goldenPrompt {\n        ...GoldenPromptFields\n      }\n    }\n  }\n": typeof types.CreateGoldenPromptDocument,
    "\n  mutation UpdateGoldenPrompt($input: UpdateGoldenPromptInput!) {\n    updateGoldenPrompt(input: $input) {\n      goldenPrompt {\n        ...GoldenPromptFields\n      }\n    }\n  }\n": typeof types.UpdateGoldenPromptDocument,
    "\n  mutation DeleteGoldenPrompt($input: DeleteGoldenPromptInput!) {\n    deleteGoldenPrompt(input: $input) {\n      goldenPrompt {\n        id\n      }\n    }\n  }\n": typeof types.DeleteGoldenPromptDocument,
    "\n  query ModelDeployments {\n    deployments {\n      id\n      namespace\n      name\n      environment\n      phase\n      release {\n        id\n        model {\n          id\n        }\n      }\n      status {\n        pods {\n          name\n          ready\n          track\n          releaseId\n        }\n      }\n    }\n  }\n": typeof types.ModelDeploymentsDocument,
    "\n  mutation CheckGoldenPrompts($input: CheckGoldenPromptsInput!) {\n    checkGoldenPrompts(input: $input) {\n      namespace\n      name\n      pod\n      releaseId\n      checkedAt\n      results {\n        promptId\n        name\n        passed\n        failures\n        answerExcerpt\n        durationMs\n      }\n    }\n  }\n": typeof types.CheckGoldenPromptsDocument,
    "\n  fragment CostFiguresFields on CostFigures {\n    gpuHours\n    busyGpuHours\n    idleGpuHours\n    unpricedGpuHours\n    utilisation\n    promptTokens\n    generationTokens\n    tokens\n    costUsd\n    costPerDayUsd\n    costPerMillionTokensUsd\n    apiCostUsd\n    savingUsd\n    usedDefaultPrices\n    gpuProducts\n  }\n": typeof types.CostFiguresFieldsFragmentDoc,
    "\n  query CostReport($input: CostReportInput!) {\n    costReport(input: $input) {\n      from\n      to\n      compareWith {\n        api\n        displayName\n        usdPerMillionInput\n        usdPerMillionOutput\n        isDefault\n      }\n      lines {\n        key\n        namespace\n        name\n        environment\n        figures {\n          ...CostFiguresFields\n        }\n      }\n      total {\n        ...CostFiguresFields\n      }\n      days {\n        date\n        figures {\n          costUsd\n          apiCostUsd\n          tokens\n          utilisation\n        }\n      }\n    }\n  }\n": typeof types.CostReportDocument,
    "\n  query PriceBook {\n    priceBook {\n      gpus {\n        gpuProduct\n        capacity\n        usdPerGpuHour\n        effectiveFrom\n        isDefault\n        source\n        sourceUrl\n        readOn\n        setBy\n      }\n      apis {\n        api\n        displayName\n        usdPerMillionInput\n        usdPerMillionOutput\n        effectiveFrom\n        isDefault\n        source\n        sourceUrl\n        readOn\n        setBy\n      }\n    }\n  }\n": typeof types.PriceBookDocument,
    "\n  mutation SetGpuPrice($input: SetGpuPriceInput!) {\n    setGpuPrice(input: $input) {\n      price {\n        gpuProduct\n        capacity\n        usdPerGpuHour\n      }\n    }\n  }\n": typeof types.SetGpuPriceDocument,
    "\n  mutation SetApiPrice($input: SetApiPriceInput!) {\n    setApiPrice(input: $input) {\n      price {\n        api\n        usdPerMillionInput\n        usdPerMillionOutput\n      }\n    }\n  }\n": typeof types.SetApiPriceDocument,
    "\n  query DeploymentCost($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      cost(days: 7) {\n        ...CostFiguresFields\n      }\n    }\n  }\n": typeof types.DeploymentCostDocument,
    "\n  query Capacity {\n    capacity {\n      at\n      windowMinutes\n      known\n      unknownReason\n      podScope\n      products {\n        product\n        nodes\n        allocatable\n        requested\n        free\n        largestFreeOnANode\n      }\n      nodes {\n        name\n        product\n        free\n        schedulable\n        excludedBecause\n      }\n      deployments {\n        namespace\n        name\n        environment\n        gpuProduct\n        gpus\n        tokensPerSecond\n        utilisation\n        tokensPerSecondPerGpu\n        couldServeTokensPerSecond\n        headroomTokensPerSecond\n        couldServeWithFreeGpusTokensPerSecond\n        note\n      }\n    }\n  }\n": typeof types.CapacityDocument,
    "\n  query AdoptionPlan($id: ID!) {\n    adoptionPlan(deploymentId: $id) {\n      adoptable\n      reasons\n      warnings\n      digest\n      previousManagers\n      diff\n      model {\n        existing {\n          id\n          name\n        }\n        name\n        source\n        revision\n      }\n      release {\n        id\n        exists\n        runtime\n        image\n        engine {\n          maxModelLength\n          tensorParallelSize\n          extraArgs\n        }\n        resources {\n          gpus\n          gpuProduct\n          cpu\n          memory\n        }\n      }\n      changes {\n        object\n        path\n        live\n        applied\n      }\n    }\n  }\n": typeof types.AdoptionPlanDocument,
    "\n  query DeploymentAdoption($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      adoption {\n        at\n        by\n        keepsPodTemplate\n        previousManagers\n      }\n    }\n  }\n": typeof types.DeploymentAdoptionDocument,
    "\n  mutation AdoptDeployment($input: AdoptDeploymentInput!) {\n    adoptDeployment(input: $input) {\n      deployment {\n        id\n        managed\n      }\n    }\n  }\n": typeof types.AdoptDeploymentDocument,
    "\n  mutation ReleaseDeployment($input: ReleaseDeploymentInput!) {\n    releaseDeployment(input: $input) {\n      deployment {\n        id\n        managed\n      }\n    }\n  }\n": typeof types.ReleaseDeploymentDocument,
    "\n  fragment DeploymentSummaryFields on ModelDeployment {\n    id\n    namespace\n    name\n    environment\n    replicas\n    strategy\n    phase\n    message\n    createdAt\n    managed\n    observed {\n      kind\n      runtime\n      image\n      model\n      servedModelName\n      port\n      gpusPerReplica\n      gpuProduct\n      evidence\n    }\n    release {\n      id\n      runtime\n      image\n      model {\n        id\n        name\n      }\n    }\n    status {\n      desiredReplicas\n      readyReplicas\n    }\n    health {\n      state\n      reasons\n      since\n      checkedAt\n    }\n  }\n": typeof types.DeploymentSummaryFieldsFragmentDoc,
    "\n  fragment DeploymentDetailFields on ModelDeployment {\n    ...DeploymentSummaryFields\n    sloErrorRatio\n    sloTtftP95Ms\n    updatedAt\n    createdBy\n    traffic {\n      gateway {\n        namespace\n        name\n      }\n      pathPrefix\n      canaryWeight\n      mirrorPercent\n    }\n    release {\n      id\n      runtime\n      image\n      imagePinned\n      warnings\n      modelSource\n      modelRevision\n      resources {\n        gpus\n        gpuProduct\n        cpu\n        memory\n      }\n      model {\n        id\n        name\n        family\n      }\n    }\n    status {\n      desiredReplicas\n      readyReplicas\n      updatedReplicas\n      availableReplicas\n      lastAppliedAt\n      lastApplyError\n      pods {\n        name\n        phase\n        ready\n        restarts\n        node\n        gpus\n        releaseId\n        track\n        createdAt\n        containers {\n          name\n          ready\n          restartCount\n          state\n          reason\n          message\n          exitCode\n          lastTerminationReason\n        }\n      }\n      events {\n        type\n        reason\n        message\n        object\n        count\n        lastSeen\n      }\n    }\n    drift {\n      object\n      path\n      desired\n      live\n    }\n    missing\n    timeline(last: 20) {\n      at\n      kind\n      message\n      actor\n      objects\n    }\n    health {\n      diagnosis {\n        ...FindingFields\n      }\n    }\n    manifestsYaml\n    history {\n      revision\n      createdAt\n      createdBy\n      reason\n      release {\n        id\n        runtime\n        model {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.DeploymentDetailFieldsFragmentDoc,
    "\n  query DeploymentsPage(\n    $namespace: String\n    $environment: Environment\n    $search: String\n    $after: String\n  ) {\n    deploymentsConnection(\n      namespace: $namespace\n      environment: $environment\n      search: $search\n      after: $after\n    ) {\n      nodes {\n        ...DeploymentSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    managedNamespaces\n  }\n": typeof types.DeploymentsPageDocument,
    "\n  query FleetSummary {\n    fleetSummary {\n      total\n      managed\n      health {\n        state\n        count\n      }\n      attention(first: 8) {\n        ...DeploymentSummaryFields\n      }\n    }\n  }\n": typeof types.FleetSummaryDocument,
    "\n  subscription DeploymentsChanged($namespace: String) {\n    deploymentChanged(namespace: $namespace) {\n      ...DeploymentSummaryFields\n    }\n  }\n": typeof types.DeploymentsChangedDocument,
    "\n  query Deployment($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      ...DeploymentDetailFields\n    }\n  }\n": typeof types.DeploymentDocument,
    "\n  subscription DeploymentChanged($namespace: String!, $name: String!) {\n    deploymentChanged(namespace: $namespace, name: $name) {\n      ...DeploymentDetailFields\n    }\n  }\n": typeof types.DeploymentChangedDocument,
    "\n  query NewDeploymentOptions {\n    managedNamespaces\n    models {\n      id\n      name\n      family\n      releases {\n        id\n        runtime\n        image\n        warnings\n        createdAt\n      }\n    }\n  }\n": typeof types.NewDeploymentOptionsDocument,
    "\n  query DeploymentSettings($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      namespace\n      name\n      environment\n      replicas\n      strategy\n      sloErrorRatio\n      sloTtftP95Ms\n      traffic {\n        gateway {\n          namespace\n          name\n        }\n      }\n      release {\n        id\n        model {\n          id\n        }\n      }\n      rollout {\n        id\n        strategy\n        steps {\n          weightPercent\n          mirrorPercent\n          analysisSeconds\n        }\n      }\n    }\n  }\n": typeof types.DeploymentSettingsDocument,
    "\n  mutation DeployRelease($input: DeployReleaseInput!) {\n    deployRelease(input: $input) {\n      deployment {\n        ...DeploymentSummaryFields\n      }\n    }\n  }\n": typeof types.DeployReleaseDocument,
    "\n  mutation UpdateObservedDeployment($input: UpdateObservedDeploymentInput!) {\n    updateObservedDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n": typeof types.UpdateObservedDeploymentDocument,
    "\n  mutation ScaleDeployment($input: ScaleDeploymentInput!) {\n    scaleDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n": typeof types.ScaleDeploymentDocument,
    "\n  mutation DeleteDeployment($input: DeleteDeploymentInput!) {\n    deleteDeployment(input: $input) {\n      deployment {\n        id\n        phase\n      }\n    }\n  }\n": typeof types.DeleteDeploymentDocument,
    "\n  mutation RepairDrift($namespace: String!, $name: String!) {\n    repairDrift(namespace: $namespace, name: $name) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n": typeof types.RepairDriftDocument,
    "\n  mutation RollbackDeployment($input: RollbackDeploymentInput!) {\n    rollbackDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n": typeof types.RollbackDeploymentDocument,
    "\n  fragment FindingFields on Finding {\n    cause\n    severity\n    title\n    summary\n    evidence {\n      source\n      value\n    }\n    runbook\n    objects\n  }\n": typeof types.FindingFieldsFragmentDoc,
    "\n  query DeploymentHealth($namespace: String!, $name: String!, $range: HealthRange!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      health {\n        state\n        checkedAt\n        pastTerminations {\n          source\n          value\n        }\n        metrics {\n          requestRate\n          errorRatio\n          ttftP50Ms\n          ttftP95Ms\n          e2eP95Ms\n          tokensPerSecond\n          queueDepth\n          kvCacheUsage\n        }\n        history(range: $range) {\n          at\n          state\n          requestRate\n          errorRatio\n          ttftP95Ms\n          kvCacheUsage\n        }\n        transitions(last: 10) {\n          at\n          from\n          to\n          reasons\n        }\n      }\n    }\n  }\n": typeof types.DeploymentHealthDocument,
    "\n  fragment IncidentSummaryFields on Incident {\n    id\n    number\n    title\n    status\n    severity\n    source\n    environment\n    deployment {\n      namespace\n      name\n    }\n    commanderId\n    assigneeId\n    triggeredAt\n    updatedAt\n  }\n": typeof types.IncidentSummaryFieldsFragmentDoc,
    "\n  fragment IncidentDetailFields on Incident {\n    ...IncidentSummaryFields\n    summary\n    fingerprint\n    cancelReason\n    acknowledgedAt\n    mitigatedAt\n    resolvedAt\n    closedAt\n    createdBy\n    mergedInto {\n      id\n      number\n    }\n    timeline {\n      id\n      at\n      kind\n      actorType\n      actor\n      message\n    }\n    signals {\n      fingerprint\n      source\n      status\n      firstAt\n      lastAt\n      count\n    }\n  }\n": typeof types.IncidentDetailFieldsFragmentDoc,
    "\n  query Incidents(\n    $status: [IncidentStatus!]\n    $severity: [Severity!]\n    $search: String\n    $after: String\n  ) {\n    incidentsConnection(status: $status, severity: $severity, search: $search, after: $after) {\n      nodes {\n        ...IncidentSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.IncidentsDocument,
    "\n  subscription IncidentsChanged {\n    incidentChanged {\n      ...IncidentSummaryFields\n    }\n  }\n": typeof types.IncidentsChangedDocument,
    "\n  query Incident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentDetailFields\n    }\n  }\n": typeof types.IncidentDocument,
    "\n  subscription IncidentChanged($id: ID!) {\n    incidentChanged(id: $id) {\n      ...IncidentDetailFields\n    }\n  }\n": typeof types.IncidentChangedDocument,
    "\n  query IncidentDeployment($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      namespace\n      name\n      release {\n        id\n      }\n      history {\n        revision\n        release {\n          id\n          model {\n            id\n            name\n          }\n        }\n      }\n      health {\n        state\n        reasons\n        checkedAt\n        diagnosis {\n          ...FindingFields\n        }\n        pastTerminations {\n          source\n          value\n        }\n      }\n    }\n  }\n": typeof types.IncidentDeploymentDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      incident {\n        ...IncidentSummaryFields\n      }\n    }\n  }\n": typeof types.DeclareIncidentDocument,
    "\n  mutation AcknowledgeIncident($input: IncidentTransitionInput!) {\n    acknowledgeIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": typeof types.AcknowledgeIncidentDocument,
    "\n  mutation MitigateIncident($input: IncidentTransitionInput!) {\n    mitigateIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": typeof types.MitigateIncidentDocument,
    "\n  mutation ResolveIncident($input: IncidentTransitionInput!) {\n    resolveIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": typeof types.ResolveIncidentDocument,
    "\n  mutation CloseIncident($input: IncidentTransitionInput!) {\n    closeIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": typeof types.CloseIncidentDocument,
    "\n  mutation CancelIncident($input: CancelIncidentInput!) {\n    cancelIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": typeof types.CancelIncidentDocument,
    "\n  mutation ChangeIncidentSeverity($input: ChangeIncidentSeverityInput!) {\n    changeIncidentSeverity(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": typeof types.ChangeIncidentSeverityDocument,
    "\n  mutation AssignIncident($input: AssignIncidentInput!) {\n    assignIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": typeof types.AssignIncidentDocument,
    "\n  mutation AddIncidentNote($input: AddIncidentNoteInput!) {\n    addIncidentNote(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": typeof types.AddIncidentNoteDocument,
    "\n  query IncidentCommanders {\n    onCallPeople {\n      id\n      name\n      email\n    }\n  }\n": typeof types.IncidentCommandersDocument,
    "\n  fragment OnCallScheduleFields on OnCallSchedule {\n    id\n    name\n    description\n    timeZone\n    layers {\n      name\n      userIds\n      users {\n        id\n        name\n      }\n      start\n      shift\n      shiftHours\n      restriction {\n        from\n        to\n      }\n    }\n    overrides {\n      id\n      userId\n      user {\n        id\n        name\n      }\n      startsAt\n      endsAt\n    }\n  }\n": typeof types.OnCallScheduleFieldsFragmentDoc,
    "\n  query OnCallNow {\n    onCallNow {\n      schedule {\n        id\n        name\n        timeZone\n      }\n      user {\n        id\n        name\n        email\n      }\n      layer\n      until\n    }\n  }\n": typeof types.OnCallNowDocument,
    "\n  query OnCallSchedules {\n    onCallSchedules {\n      ...OnCallScheduleFields\n    }\n  }\n": typeof types.OnCallSchedulesDocument,
    "\n  query OnCallSchedule($id: ID!, $days: Int) {\n    onCallSchedule(id: $id) {\n      ...OnCallScheduleFields\n      shifts(days: $days) {\n        userId\n        user {\n          id\n          name\n        }\n        layer\n        start\n        end\n      }\n    }\n  }\n": typeof types.OnCallScheduleDocument,
    "\n  query OnCallPeople {\n    onCallPeople {\n      id\n      name\n      email\n    }\n  }\n": typeof types.OnCallPeopleDocument,
    "\n  mutation CreateOnCallSchedule($input: CreateOnCallScheduleInput!) {\n    createOnCallSchedule(input: $input) {\n      ...OnCallScheduleFields\n    }\n  }\n": typeof types.CreateOnCallScheduleDocument,
    "\n  mutation UpdateOnCallSchedule($input: UpdateOnCallScheduleInput!) {\n    updateOnCallSchedule(input: $input) {\n      ...OnCallScheduleFields\n    }\n  }\n": typeof types.UpdateOnCallScheduleDocument,
    "\n  mutation DeleteOnCallSchedule($id: ID!) {\n    deleteOnCallSchedule(id: $id)\n  }\n": typeof types.DeleteOnCallScheduleDocument,
    "\n  mutation AddOnCallOverride($input: AddOnCallOverrideInput!) {\n    addOnCallOverride(input: $input) {\n      id\n    }\n  }\n": typeof types.AddOnCallOverrideDocument,
    "\n  mutation RemoveOnCallOverride($id: ID!) {\n    removeOnCallOverride(id: $id) {\n      id\n    }\n  }\n": typeof types.RemoveOnCallOverrideDocument,
    "\n  fragment EscalationPolicyFields on EscalationPolicy {\n    id\n    name\n    description\n    repeat\n    isDefault\n    environments\n    steps {\n      timeoutMinutes\n      targets {\n        type\n        id\n        name\n      }\n    }\n  }\n": typeof types.EscalationPolicyFieldsFragmentDoc,
    "\n  query EscalationPolicies {\n    escalationPolicies {\n      ...EscalationPolicyFields\n    }\n  }\n": typeof types.EscalationPoliciesDocument,
    "\n  mutation CreateEscalationPolicy($input: CreateEscalationPolicyInput!) {\n    createEscalationPolicy(input: $input) {\n      ...EscalationPolicyFields\n    }\n  }\n": typeof types.CreateEscalationPolicyDocument,
    "\n  mutation UpdateEscalationPolicy($input: UpdateEscalationPolicyInput!) {\n    updateEscalationPolicy(input: $input) {\n      ...EscalationPolicyFields\n    }\n  }\n": typeof types.UpdateEscalationPolicyDocument,
    "\n  mutation DeleteEscalationPolicy($id: ID!) {\n    deleteEscalationPolicy(id: $id)\n  }\n": typeof types.DeleteEscalationPolicyDocument,
    "\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    name\n    type\n    url\n    emailTo\n    enabled\n    isFallback\n    consecutiveFailures\n    disabledReason\n  }\n": typeof types.NotificationChannelFieldsFragmentDoc,
    "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelFields\n    }\n    emailConfigured\n  }\n": typeof types.NotificationChannelsDocument,
    "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      channel {\n        ...NotificationChannelFields\n      }\n      secret\n    }\n  }\n": typeof types.CreateNotificationChannelDocument,
    "\n  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(input: $input) {\n      ...NotificationChannelFields\n    }\n  }\n": typeof types.UpdateNotificationChannelDocument,
    "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n": typeof types.DeleteNotificationChannelDocument,
    "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.TestNotificationChannelDocument,
    "\n  query IncidentNotifications($id: ID!) {\n    incident(id: $id) {\n      id\n      notifications {\n        id\n        channelName\n        channelType\n        target\n        event\n        status\n        attempts\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n    }\n  }\n": typeof types.IncidentNotificationsDocument,
    "\n  query PagingReadiness {\n    pagingReadiness {\n      ready\n      problems {\n        environment\n        message\n        fixPath\n      }\n    }\n  }\n": typeof types.PagingReadinessDocument,
    "\n  fragment PostmortemFields on Postmortem {\n    incidentId\n    status\n    summary\n    impact\n    timeline {\n      at\n      text\n    }\n    rootCause\n    contributingFactors\n    actionItems {\n      id\n      title\n      dueDate\n      done\n      owner {\n        id\n        name\n      }\n    }\n    updatedAt\n    publishedAt\n    publishedBy\n  }\n": typeof types.PostmortemFieldsFragmentDoc,
    "\n  query IncidentPostmortem($id: ID!) {\n    incident(id: $id) {\n      id\n      number\n      severity\n      status\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": typeof types.IncidentPostmortemDocument,
    "\n  mutation StartPostmortem($input: StartPostmortemInput!) {\n    startPostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": typeof types.StartPostmortemDocument,
    "\n  mutation UpdatePostmortem($input: UpdatePostmortemInput!) {\n    updatePostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": typeof types.UpdatePostmortemDocument,
    "\n  mutation PublishPostmortem($input: PublishPostmortemInput!) {\n    publishPostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": typeof types.PublishPostmortemDocument,
    "\n  mutation AddPostmortemActionItem($input: AddPostmortemActionItemInput!) {\n    addPostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": typeof types.AddPostmortemActionItemDocument,
    "\n  mutation UpdatePostmortemActionItem($input: UpdatePostmortemActionItemInput!) {\n    updatePostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": typeof types.UpdatePostmortemActionItemDocument,
    "\n  mutation RemovePostmortemActionItem($input: RemovePostmortemActionItemInput!) {\n    removePostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": typeof types.RemovePostmortemActionItemDocument,
    "\n  fragment RolloutSummaryFields on Rollout {\n    id\n    deployment {\n      namespace\n      name\n    }\n    strategy\n    mode\n    state\n    active\n    currentStep\n    steps {\n      index\n      weightPercent\n      mirrorPercent\n    }\n    fromRelease {\n      id\n    }\n    toRelease {\n      id\n      model {\n        id\n        name\n      }\n    }\n    reason\n    createdBy\n    createdAt\n    updatedAt\n    finishedAt\n  }\n": typeof types.RolloutSummaryFieldsFragmentDoc,
    "\n  fragment PromptAnswerFields on PromptAnswer {\n    passed\n    failures\n    answer\n    durationMs\n  }\n": typeof types.PromptAnswerFieldsFragmentDoc,
    "\n  fragment RolloutFields on Rollout {\n    ...RolloutSummaryFields\n    fromRelease {\n      id\n      runtime\n      image\n      model {\n        id\n        name\n      }\n    }\n    toRelease {\n      id\n      runtime\n      image\n    }\n    steps {\n      index\n      weightPercent\n      mirrorPercent\n      observedPercent\n      canaryReplicas\n      stableReplicas\n      analysisSeconds\n      minimumRequests\n      onInconclusive\n      startedAt\n      finishedAt\n    }\n    analysis {\n      at\n      step\n      check\n      verdict\n      message\n      canaryValue\n      baselineValue\n      threshold\n      source\n      sample\n      details\n      prompts {\n        promptId\n        name\n        regression\n        canary {\n          ...PromptAnswerFields\n        }\n        stable {\n          ...PromptAnswerFields\n        }\n      }\n    }\n    events {\n      at\n      from\n      to\n      step\n      actor\n      message\n    }\n  }\n": typeof types.RolloutFieldsFragmentDoc,
    "\n  query DeploymentRollouts($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      traffic {\n        gateway {\n          namespace\n          name\n        }\n      }\n      rollout {\n        ...RolloutFields\n      }\n      rollouts(limit: 20) {\n        ...RolloutSummaryFields\n      }\n    }\n  }\n": typeof types.DeploymentRolloutsDocument,
    "\n  subscription DeploymentRolloutChanged($namespace: String!, $name: String!) {\n    rolloutChanged(namespace: $namespace, name: $name) {\n      ...RolloutFields\n    }\n  }\n": typeof types.DeploymentRolloutChangedDocument,
    "\n  query ActiveRollouts {\n    activeRollouts {\n      ...RolloutSummaryFields\n    }\n  }\n": typeof types.ActiveRolloutsDocument,
    "\n  subscription RolloutsChanged {\n    rolloutChanged {\n      ...RolloutSummaryFields\n    }\n  }\n": typeof types.RolloutsChangedDocument,
    "\n  mutation PauseRollout($input: RolloutActionInput!) {\n    pauseRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n": typeof types.PauseRolloutDocument,
    "\n  mutation ResumeRollout($input: RolloutActionInput!) {\n    resumeRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n": typeof types.ResumeRolloutDocument,
    "\n  mutation PromoteRollout($input: RolloutActionInput!) {\n    promoteRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n": typeof types.PromoteRolloutDocument,
    "\n  mutation AbortRollout($input: RolloutActionInput!) {\n    abortRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n": typeof types.AbortRolloutDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      simulatedCluster\n      store\n    }\n  }\n": typeof types.ServerInfoDocument,
    "\n  query PaletteSearch($text: String!) {\n    search(text: $text, first: 5) {\n      kind\n      id\n      title\n      subtitle\n      path\n    }\n  }\n": typeof types.PaletteSearchDocument,
    "\n  query PaletteTriggeredIncidents {\n    incidents(status: [TRIGGERED], first: 20) {\n      id\n      number\n      title\n      severity\n      status\n    }\n  }\n": typeof types.PaletteTriggeredIncidentsDocument,
    "\n  mutation PaletteAcknowledge($id: ID!) {\n    acknowledgeIncident(input: { id: $id }) {\n      incident {\n        id\n        number\n        status\n        updatedAt\n      }\n    }\n  }\n": typeof types.PaletteAcknowledgeDocument,
    "\n  fragment PublicUpdateFields on IncidentPublicUpdate {\n    id\n    status\n    body\n    at\n    createdBy\n  }\n": typeof types.PublicUpdateFieldsFragmentDoc,
    "\n  fragment MaintenanceWindowFields on MaintenanceWindow {\n    startsAt\n    endsAt\n    message\n  }\n": typeof types.MaintenanceWindowFieldsFragmentDoc,
    "\n  query IncidentPublicUpdates($id: ID!) {\n    incident(id: $id) {\n      id\n      deployment {\n        namespace\n        name\n      }\n      publicUpdates {\n        ...PublicUpdateFields\n      }\n    }\n  }\n": typeof types.IncidentPublicUpdatesDocument,
    "\n  query DeploymentStatusPage($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      statusPage {\n        public\n        displayName\n        status\n        maintenance {\n          ...MaintenanceWindowFields\n        }\n      }\n      incidentStats(days: 30) {\n        incidents\n        acknowledged\n        resolved\n        mttaSeconds\n        mttrSeconds\n      }\n    }\n  }\n": typeof types.DeploymentStatusPageDocument,
    "\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      update {\n        ...PublicUpdateFields\n      }\n    }\n  }\n": typeof types.PostIncidentUpdateDocument,
    "\n  mutation SetDeploymentPublic($input: SetDeploymentPublicInput!) {\n    setDeploymentPublic(input: $input) {\n      deployment {\n        id\n        statusPage {\n          public\n          displayName\n          status\n        }\n      }\n    }\n  }\n": typeof types.SetDeploymentPublicDocument,
    "\n  mutation SetMaintenanceWindow($input: SetMaintenanceWindowInput!) {\n    setMaintenanceWindow(input: $input) {\n      deployment {\n        id\n        statusPage {\n          status\n          maintenance {\n            ...MaintenanceWindowFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.SetMaintenanceWindowDocument,
    "\n  fragment TicketSummaryFields on Ticket {\n    id\n    number\n    reference\n    subject\n    priority\n    status\n    requester {\n      name\n      email\n      organisation\n    }\n    assignee {\n      id\n      name\n      email\n    }\n    group\n    tags\n    incident {\n      id\n      number\n      title\n      status\n    }\n    createdAt\n    updatedAt\n    sla {\n      state\n      dueAt\n      paused\n    }\n  }\n": typeof types.TicketSummaryFieldsFragmentDoc,
    "\n  fragment TicketDetailFields on Ticket {\n    ...TicketSummaryFields\n    description\n    suggestedReply\n    firstRespondedAt\n    resolvedAt\n    closedAt\n    mergedInto {\n      id\n      reference\n    }\n    sla {\n      clocks {\n        kind\n        targetMinutes\n        state\n        elapsedMs\n        remainingMs\n        dueAt\n        paused\n      }\n    }\n    conversation {\n      id\n      at\n      visibility\n      authorType\n      authorName\n      body\n    }\n  }\n": typeof types.TicketDetailFieldsFragmentDoc,
    "\n  query Tickets(\n    $view: TicketView\n    $status: [TicketStatus!]\n    $priority: [TicketPriority!]\n    $search: String\n    $after: String\n  ) {\n    ticketsConnection(\n      view: $view\n      status: $status\n      priority: $priority\n      search: $search\n      after: $after\n    ) {\n      nodes {\n        ...TicketSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TicketsDocument,
    "\n  subscription TicketsChanged {\n    ticketChanged {\n      ...TicketSummaryFields\n    }\n  }\n": typeof types.TicketsChangedDocument,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.TicketDocument,
    "\n  subscription TicketChanged($id: ID) {\n    ticketChanged(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n": typeof types.TicketChangedDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": typeof types.CreateTicketDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": typeof types.UpdateTicketDocument,
    "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": typeof types.ChangeTicketStatusDocument,
    "\n  mutation ReplyToTicket($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": typeof types.ReplyToTicketDocument,
    "\n  mutation LinkTicket($input: LinkTicketInput!) {\n    linkTicketToIncident(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": typeof types.LinkTicketDocument,
    "\n  mutation UnlinkTicket($input: UnlinkTicketInput!) {\n    unlinkTicketFromIncident(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": typeof types.UnlinkTicketDocument,
    "\n  query IncidentChoices {\n    incidents(status: [TRIGGERED, ACKNOWLEDGED, MITIGATED], first: 50) {\n      id\n      number\n      title\n      status\n      severity\n    }\n  }\n": typeof types.IncidentChoicesDocument,
    "\n  query IncidentTickets($id: ID!) {\n    incident(id: $id) {\n      id\n      tickets {\n        id\n        reference\n        subject\n        status\n        priority\n        suggestedReply\n      }\n    }\n  }\n": typeof types.IncidentTicketsDocument,
    "\n  query TicketAssignees {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n": typeof types.TicketAssigneesDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    owner {\n      id\n      email\n      name\n    }\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($all: Boolean) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    disabled\n    createdAt\n    lastLoginAt\n    hasPassword\n    singleSignOn\n  }\n": typeof types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": typeof types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n": typeof types.SetUserPasswordDocument,
    "\n  query IncidentUsers {\n    users {\n      id\n      name\n      email\n      disabled\n    }\n  }\n": typeof types.IncidentUsersDocument,
    "\n  query GettingStarted($isAdmin: Boolean!) {\n    apiTokens {\n      id\n      status\n    }\n    users @include(if: $isAdmin) {\n      id\n      disabled\n    }\n  }\n": typeof types.GettingStartedDocument,
};
const documents: Documents = {
    "\n  fragment AuditEntryFields on AuditEntry {\n    seq\n    occurredAt\n    actorType\n    actorId\n    actor\n    action\n    targetType\n    targetId\n    details\n    prevHash\n    hash\n  }\n": types.AuditEntryFieldsFragmentDoc,
    "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      headHash\n      verifiedAt\n      firstMismatch {\n        seq\n        kind\n        message\n        expected\n        actual\n      }\n    }\n  }\n": types.VerifyAuditLogDocument,
    "\n  subscription AuditEntryAppended {\n    auditEntryAppended {\n      ...AuditEntryFields\n    }\n  }\n": types.AuditEntryAppendedDocument,
    "\n  fragment ViewerFields on Viewer {\n    role\n    authMethod\n    sessionExpiresAt\n    user {\n      id\n      email\n      name\n      role\n      hasPassword\n      mustChangePassword\n    }\n  }\n": types.ViewerFieldsFragmentDoc,
    "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query SignInOptions {\n    serverInfo {\n      passwordLogin\n      singleSignOn {\n        displayName\n        loginUrl\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  fragment ReleaseFields on Release {\n    id\n    runtime\n    image\n    imagePinned\n    warnings\n    modelSource\n    modelRevision\n    engine {\n      maxModelLength\n      tensorParallelSize\n      gpuMemoryUtilization\n      dtype\n      quantization\n    }\n    resources {\n      gpus\n      gpuProduct\n      cpu\n      memory\n    }\n    createdAt\n    createdBy\n  }\n": types.ReleaseFieldsFragmentDoc,
    "\n  fragment ModelFields on Model {\n    id\n    name\n    family\n    source\n    revision\n    license\n    parameterCountBillions\n    contextLength\n    gpuMemoryGiB\n    createdAt\n    releases {\n      ...ReleaseFields\n    }\n  }\n": types.ModelFieldsFragmentDoc,
    "\n  query Models {\n    models {\n      ...ModelFields\n    }\n  }\n": types.ModelsDocument,
    "\n  mutation RegisterModel($input: RegisterModelInput!) {\n    registerModel(input: $input) {\n      model {\n        ...ModelFields\n      }\n    }\n  }\n": types.RegisterModelDocument,
    "\n  mutation CreateRelease($input: CreateReleaseInput!) {\n    createRelease(input: $input) {\n      created\n      release {\n        ...ReleaseFields\n      }\n    }\n  }\n": types.CreateReleaseDocument,
    "\n  query ReleaseDiff($from: ID!, $to: ID!) {\n    releaseDiff(from: $from, to: $to) {\n      path\n      from\n      to\n    }\n  }\n": types.ReleaseDiffDocument,
    "\n  fragment GoldenPromptFields on GoldenPrompt {\n    id\n    name\n    messages {\n      role\n      content\n    }\n    maxTokens\n    expectations {\n      contains\n      mustNotContain\n      pattern\n      jsonSchema\n      maxLength\n    }\n    updatedAt\n    updatedBy\n  }\n": types.GoldenPromptFieldsFragmentDoc,
    "\n  query ModelGoldenPrompts($id: ID!) {\n    model(id: $id) {\n      id\n      goldenPrompts {\n        ...GoldenPromptFields\n      }\n    }\n  }\n": types.ModelGoldenPromptsDocument,
    "\n  mutation CreateGoldenPrompt($input: CreateGoldenPromptInput!) {\n    createGoldenPrompt(input: $input) {\n      goldenPrompt {\n        ...GoldenPromptFields\n      }\n    }\n  }\n": types.CreateGoldenPromptDocument,
    "\n  mutation UpdateGoldenPrompt($input: UpdateGoldenPromptInput!) {\n    updateGoldenPrompt(input: $input) {\n      goldenPrompt {\n        ...GoldenPromptFields\n      }\n    }\n  }\n": types.UpdateGoldenPromptDocument,
    "\n  mutation DeleteGoldenPrompt($input: DeleteGoldenPromptInput!) {\n    deleteGoldenPrompt(input: $input) {\n      goldenPrompt {\n        id\n      }\n    }\n  }\n": types.DeleteGoldenPromptDocument,
    "\n  query ModelDeployments {\n    deployments {\n      id\n      namespace\n      name\n      environment\n      phase\n      release {\n        id\n        model {\n          id\n        }\n      }\n      status {\n        pods {\n          name\n          ready\n          track\n          releaseId\n        }\n      }\n    }\n  }\n": types.ModelDeploymentsDocument,
    "\n  mutation CheckGoldenPrompts($input: CheckGoldenPromptsInput!) {\n    checkGoldenPrompts(input: $input) {\n      namespace\n      name\n      pod\n      releaseId\n      checkedAt\n      results {\n        promptId\n        name\n        passed\n        failures\n        answerExcerpt\n        durationMs\n      }\n    }\n  }\n": types.CheckGoldenPromptsDocument,
    "\n  fragment CostFiguresFields on CostFigures {\n    gpuHours\n    busyGpuHours\n    idleGpuHours\n    unpricedGpuHours\n    utilisation\n    promptTokens\n    generationTokens\n    tokens\n    costUsd\n    costPerDayUsd\n    costPerMillionTokensUsd\n    apiCostUsd\n    savingUsd\n    usedDefaultPrices\n    gpuProducts\n  }\n": types.CostFiguresFieldsFragmentDoc,
    "\n  query CostReport($input: CostReportInput!) {\n    costReport(input: $input) {\n      from\n      to\n      compareWith {\n        api\n        displayName\n        usdPerMillionInput\n        usdPerMillionOutput\n        isDefault\n      }\n      lines {\n        key\n        namespace\n        name\n        environment\n        figures {\n          ...CostFiguresFields\n        }\n      }\n      total {\n        ...CostFiguresFields\n      }\n      days {\n        date\n        figures {\n          costUsd\n          apiCostUsd\n          tokens\n          utilisation\n        }\n      }\n    }\n  }\n": types.CostReportDocument,
    "\n  query PriceBook {\n    priceBook {\n      gpus {\n        gpuProduct\n        capacity\n        usdPerGpuHour\n        effectiveFrom\n        isDefault\n        source\n        sourceUrl\n        readOn\n        setBy\n      }\n      apis {\n        api\n        displayName\n        usdPerMillionInput\n        usdPerMillionOutput\n        effectiveFrom\n        isDefault\n        source\n        sourceUrl\n        readOn\n        setBy\n      }\n    }\n  }\n": types.PriceBookDocument,
    "\n  mutation SetGpuPrice($input: SetGpuPriceInput!) {\n    setGpuPrice(input: $input) {\n      price {\n        gpuProduct\n        capacity\n        usdPerGpuHour\n      }\n    }\n  }\n": types.SetGpuPriceDocument,
    "\n  mutation SetApiPrice($input: SetApiPriceInput!) {\n    setApiPrice(input: $input) {\n      price {\n        api\n        usdPerMillionInput\n        usdPerMillionOutput\n      }\n    }\n  }\n": types.SetApiPriceDocument,
    "\n  query DeploymentCost($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      cost(days: 7) {\n        ...CostFiguresFields\n      }\n    }\n  }\n": types.DeploymentCostDocument,
    "\n  query Capacity {\n    capacity {\n      at\n      windowMinutes\n      known\n      unknownReason\n      podScope\n      products {\n        product\n        nodes\n        allocatable\n        requested\n        free\n        largestFreeOnANode\n      }\n      nodes {\n        name\n        product\n        free\n        schedulable\n        excludedBecause\n      }\n      deployments {\n        namespace\n        name\n        environment\n        gpuProduct\n        gpus\n        tokensPerSecond\n        utilisation\n        tokensPerSecondPerGpu\n        couldServeTokensPerSecond\n        headroomTokensPerSecond\n        couldServeWithFreeGpusTokensPerSecond\n        note\n      }\n    }\n  }\n": types.CapacityDocument,
    "\n  query AdoptionPlan($id: ID!) {\n    adoptionPlan(deploymentId: $id) {\n      adoptable\n      reasons\n      warnings\n      digest\n      previousManagers\n      diff\n      model {\n        existing {\n          id\n          name\n        }\n        name\n        source\n        revision\n      }\n      release {\n        id\n        exists\n        runtime\n        image\n        engine {\n          maxModelLength\n          tensorParallelSize\n          extraArgs\n        }\n        resources {\n          gpus\n          gpuProduct\n          cpu\n          memory\n        }\n      }\n      changes {\n        object\n        path\n        live\n        applied\n      }\n    }\n  }\n": types.AdoptionPlanDocument,
    "\n  query DeploymentAdoption($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      adoption {\n        at\n        by\n        keepsPodTemplate\n        previousManagers\n      }\n    }\n  }\n": types.DeploymentAdoptionDocument,
    "\n  mutation AdoptDeployment($input: AdoptDeploymentInput!) {\n    adoptDeployment(input: $input) {\n      deployment {\n        id\n        managed\n      }\n    }\n  }\n": types.AdoptDeploymentDocument,
    "\n  mutation ReleaseDeployment($input: ReleaseDeploymentInput!) {\n    releaseDeployment(input: $input) {\n      deployment {\n        id\n        managed\n      }\n    }\n  }\n": types.ReleaseDeploymentDocument,
    "\n  fragment DeploymentSummaryFields on ModelDeployment {\n    id\n    namespace\n    name\n    environment\n    replicas\n    strategy\n    phase\n    message\n    createdAt\n    managed\n    observed {\n      kind\n      runtime\n      image\n      model\n      servedModelName\n      port\n      gpusPerReplica\n      gpuProduct\n      evidence\n    }\n    release {\n      id\n      runtime\n      image\n      model {\n        id\n        name\n      }\n    }\n    status {\n      desiredReplicas\n      readyReplicas\n    }\n    health {\n      state\n      reasons\n      since\n      checkedAt\n    }\n  }\n": types.DeploymentSummaryFieldsFragmentDoc,
    "\n  fragment DeploymentDetailFields on ModelDeployment {\n    ...DeploymentSummaryFields\n    sloErrorRatio\n    sloTtftP95Ms\n    updatedAt\n    createdBy\n    traffic {\n      gateway {\n        namespace\n        name\n      }\n      pathPrefix\n      canaryWeight\n      mirrorPercent\n    }\n    release {\n      id\n      runtime\n      image\n      imagePinned\n      warnings\n      modelSource\n      modelRevision\n      resources {\n        gpus\n        gpuProduct\n        cpu\n        memory\n      }\n      model {\n        id\n        name\n        family\n      }\n    }\n    status {\n      desiredReplicas\n      readyReplicas\n      updatedReplicas\n      availableReplicas\n      lastAppliedAt\n      lastApplyError\n      pods {\n        name\n        phase\n        ready\n        restarts\n        node\n        gpus\n        releaseId\n        track\n        createdAt\n        containers {\n          name\n          ready\n          restartCount\n          state\n          reason\n          message\n          exitCode\n          lastTerminationReason\n        }\n      }\n      events {\n        type\n        reason\n        message\n        object\n        count\n        lastSeen\n      }\n    }\n    drift {\n      object\n      path\n      desired\n      live\n    }\n    missing\n    timeline(last: 20) {\n      at\n      kind\n      message\n      actor\n      objects\n    }\n    health {\n      diagnosis {\n        ...FindingFields\n      }\n    }\n    manifestsYaml\n    history {\n      revision\n      createdAt\n      createdBy\n      reason\n      release {\n        id\n        runtime\n        model {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.DeploymentDetailFieldsFragmentDoc,
    "\n  query DeploymentsPage(\n    $namespace: String\n    $environment: Environment\n    $search: String\n    $after: String\n  ) {\n    deploymentsConnection(\n      namespace: $namespace\n      environment: $environment\n      search: $search\n      after: $after\n    ) {\n      nodes {\n        ...DeploymentSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    managedNamespaces\n  }\n": types.DeploymentsPageDocument,
    "\n  query FleetSummary {\n    fleetSummary {\n      total\n      managed\n      health {\n        state\n        count\n      }\n      attention(first: 8) {\n        ...DeploymentSummaryFields\n      }\n    }\n  }\n": types.FleetSummaryDocument,
    "\n  subscription DeploymentsChanged($namespace: String) {\n    deploymentChanged(namespace: $namespace) {\n      ...DeploymentSummaryFields\n    }\n  }\n": types.DeploymentsChangedDocument,
    "\n  query Deployment($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      ...DeploymentDetailFields\n    }\n  }\n": types.DeploymentDocument,
    "\n  subscription DeploymentChanged($namespace: String!, $name: String!) {\n    deploymentChanged(namespace: $namespace, name: $name) {\n      ...DeploymentDetailFields\n    }\n  }\n": types.DeploymentChangedDocument,
    "\n  query NewDeploymentOptions {\n    managedNamespaces\n    models {\n      id\n      name\n      family\n      releases {\n        id\n        runtime\n        image\n        warnings\n        createdAt\n      }\n    }\n  }\n": types.NewDeploymentOptionsDocument,
    "\n  query DeploymentSettings($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      namespace\n      name\n      environment\n      replicas\n      strategy\n      sloErrorRatio\n      sloTtftP95Ms\n      traffic {\n        gateway {\n          namespace\n          name\n        }\n      }\n      release {\n        id\n        model {\n          id\n        }\n      }\n      rollout {\n        id\n        strategy\n        steps {\n          weightPercent\n          mirrorPercent\n          analysisSeconds\n        }\n      }\n    }\n  }\n": types.DeploymentSettingsDocument,
    "\n  mutation DeployRelease($input: DeployReleaseInput!) {\n    deployRelease(input: $input) {\n      deployment {\n        ...DeploymentSummaryFields\n      }\n    }\n  }\n": types.DeployReleaseDocument,
    "\n  mutation UpdateObservedDeployment($input: UpdateObservedDeploymentInput!) {\n    updateObservedDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n": types.UpdateObservedDeploymentDocument,
    "\n  mutation ScaleDeployment($input: ScaleDeploymentInput!) {\n    scaleDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n": types.ScaleDeploymentDocument,
    "\n  mutation DeleteDeployment($input: DeleteDeploymentInput!) {\n    deleteDeployment(input: $input) {\n      deployment {\n        id\n        phase\n      }\n    }\n  }\n": types.DeleteDeploymentDocument,
    "\n  mutation RepairDrift($namespace: String!, $name: String!) {\n    repairDrift(namespace: $namespace, name: $name) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n": types.RepairDriftDocument,
    "\n  mutation RollbackDeployment($input: RollbackDeploymentInput!) {\n    rollbackDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n": types.RollbackDeploymentDocument,
    "\n  fragment FindingFields on Finding {\n    cause\n    severity\n    title\n    summary\n    evidence {\n      source\n      value\n    }\n    runbook\n    objects\n  }\n": types.FindingFieldsFragmentDoc,
    "\n  query DeploymentHealth($namespace: String!, $name: String!, $range: HealthRange!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      health {\n        state\n        checkedAt\n        pastTerminations {\n          source\n          value\n        }\n        metrics {\n          requestRate\n          errorRatio\n          ttftP50Ms\n          ttftP95Ms\n          e2eP95Ms\n          tokensPerSecond\n          queueDepth\n          kvCacheUsage\n        }\n        history(range: $range) {\n          at\n          state\n          requestRate\n          errorRatio\n          ttftP95Ms\n          kvCacheUsage\n        }\n        transitions(last: 10) {\n          at\n          from\n          to\n          reasons\n        }\n      }\n    }\n  }\n": types.DeploymentHealthDocument,
    "\n  fragment IncidentSummaryFields on Incident {\n    id\n    number\n    title\n    status\n    severity\n    source\n    environment\n    deployment {\n      namespace\n      name\n    }\n    commanderId\n    assigneeId\n    triggeredAt\n    updatedAt\n  }\n": types.IncidentSummaryFieldsFragmentDoc,
    "\n  fragment IncidentDetailFields on Incident {\n    ...IncidentSummaryFields\n    summary\n    fingerprint\n    cancelReason\n    acknowledgedAt\n    mitigatedAt\n    resolvedAt\n    closedAt\n    createdBy\n    mergedInto {\n      id\n      number\n    }\n    timeline {\n      id\n      at\n      kind\n      actorType\n      actor\n      message\n    }\n    signals {\n      fingerprint\n      source\n      status\n      firstAt\n      lastAt\n      count\n    }\n  }\n": types.IncidentDetailFieldsFragmentDoc,
    "\n  query Incidents(\n    $status: [IncidentStatus!]\n    $severity: [Severity!]\n    $search: String\n    $after: String\n  ) {\n    incidentsConnection(status: $status, severity: $severity, search: $search, after: $after) {\n      nodes {\n        ...IncidentSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.IncidentsDocument,
    "\n  subscription IncidentsChanged {\n    incidentChanged {\n      ...IncidentSummaryFields\n    }\n  }\n": types.IncidentsChangedDocument,
    "\n  query Incident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentDetailFields\n    }\n  }\n": types.IncidentDocument,
    "\n  subscription IncidentChanged($id: ID!) {\n    incidentChanged(id: $id) {\n      ...IncidentDetailFields\n    }\n  }\n": types.IncidentChangedDocument,
    "\n  query IncidentDeployment($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      namespace\n      name\n      release {\n        id\n      }\n      history {\n        revision\n        release {\n          id\n          model {\n            id\n            name\n          }\n        }\n      }\n      health {\n        state\n        reasons\n        checkedAt\n        diagnosis {\n          ...FindingFields\n        }\n        pastTerminations {\n          source\n          value\n        }\n      }\n    }\n  }\n": types.IncidentDeploymentDocument,
    "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      incident {\n        ...IncidentSummaryFields\n      }\n    }\n  }\n": types.DeclareIncidentDocument,
    "\n  mutation AcknowledgeIncident($input: IncidentTransitionInput!) {\n    acknowledgeIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": types.AcknowledgeIncidentDocument,
    "\n  mutation MitigateIncident($input: IncidentTransitionInput!) {\n    mitigateIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": types.MitigateIncidentDocument,
    "\n  mutation ResolveIncident($input: IncidentTransitionInput!) {\n    resolveIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": types.ResolveIncidentDocument,
    "\n  mutation CloseIncident($input: IncidentTransitionInput!) {\n    closeIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": types.CloseIncidentDocument,
    "\n  mutation CancelIncident($input: CancelIncidentInput!) {\n    cancelIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": types.CancelIncidentDocument,
    "\n  mutation ChangeIncidentSeverity($input: ChangeIncidentSeverityInput!) {\n    changeIncidentSeverity(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": types.ChangeIncidentSeverityDocument,
    "\n  mutation AssignIncident($input: AssignIncidentInput!) {\n    assignIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": types.AssignIncidentDocument,
    "\n  mutation AddIncidentNote($input: AddIncidentNoteInput!) {\n    addIncidentNote(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n": types.AddIncidentNoteDocument,
    "\n  query IncidentCommanders {\n    onCallPeople {\n      id\n      name\n      email\n    }\n  }\n": types.IncidentCommandersDocument,
    "\n  fragment OnCallScheduleFields on OnCallSchedule {\n    id\n    name\n    description\n    timeZone\n    layers {\n      name\n      userIds\n      users {\n        id\n        name\n      }\n      start\n      shift\n      shiftHours\n      restriction {\n        from\n        to\n      }\n    }\n    overrides {\n      id\n      userId\n      user {\n        id\n        name\n      }\n      startsAt\n      endsAt\n    }\n  }\n": types.OnCallScheduleFieldsFragmentDoc,
    "\n  query OnCallNow {\n    onCallNow {\n      schedule {\n        id\n        name\n        timeZone\n      }\n      user {\n        id\n        name\n        email\n      }\n      layer\n      until\n    }\n  }\n": types.OnCallNowDocument,
    "\n  query OnCallSchedules {\n    onCallSchedules {\n      ...OnCallScheduleFields\n    }\n  }\n": types.OnCallSchedulesDocument,
    "\n  query OnCallSchedule($id: ID!, $days: Int) {\n    onCallSchedule(id: $id) {\n      ...OnCallScheduleFields\n      shifts(days: $days) {\n        userId\n        user {\n          id\n          name\n        }\n        layer\n        start\n        end\n      }\n    }\n  }\n": types.OnCallScheduleDocument,
    "\n  query OnCallPeople {\n    onCallPeople {\n      id\n      name\n      email\n    }\n  }\n": types.OnCallPeopleDocument,
    "\n  mutation CreateOnCallSchedule($input: CreateOnCallScheduleInput!) {\n    createOnCallSchedule(input: $input) {\n      ...OnCallScheduleFields\n    }\n  }\n": types.CreateOnCallScheduleDocument,
    "\n  mutation UpdateOnCallSchedule($input: UpdateOnCallScheduleInput!) {\n    updateOnCallSchedule(input: $input) {\n      ...OnCallScheduleFields\n    }\n  }\n": types.UpdateOnCallScheduleDocument,
    "\n  mutation DeleteOnCallSchedule($id: ID!) {\n    deleteOnCallSchedule(id: $id)\n  }\n": types.DeleteOnCallScheduleDocument,
    "\n  mutation AddOnCallOverride($input: AddOnCallOverrideInput!) {\n    addOnCallOverride(input: $input) {\n      id\n    }\n  }\n": types.AddOnCallOverrideDocument,
    "\n  mutation RemoveOnCallOverride($id: ID!) {\n    removeOnCallOverride(id: $id) {\n      id\n    }\n  }\n": types.RemoveOnCallOverrideDocument,
    "\n  fragment EscalationPolicyFields on EscalationPolicy {\n    id\n    name\n    description\n    repeat\n    isDefault\n    environments\n    steps {\n      timeoutMinutes\n      targets {\n        type\n        id\n        name\n      }\n    }\n  }\n": types.EscalationPolicyFieldsFragmentDoc,
    "\n  query EscalationPolicies {\n    escalationPolicies {\n      ...EscalationPolicyFields\n    }\n  }\n": types.EscalationPoliciesDocument,
    "\n  mutation CreateEscalationPolicy($input: CreateEscalationPolicyInput!) {\n    createEscalationPolicy(input: $input) {\n      ...EscalationPolicyFields\n    }\n  }\n": types.CreateEscalationPolicyDocument,
    "\n  mutation UpdateEscalationPolicy($input: UpdateEscalationPolicyInput!) {\n    updateEscalationPolicy(input: $input) {\n      ...EscalationPolicyFields\n    }\n  }\n": types.UpdateEscalationPolicyDocument,
    "\n  mutation DeleteEscalationPolicy($id: ID!) {\n    deleteEscalationPolicy(id: $id)\n  }\n": types.DeleteEscalationPolicyDocument,
    "\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    name\n    type\n    url\n    emailTo\n    enabled\n    isFallback\n    consecutiveFailures\n    disabledReason\n  }\n": types.NotificationChannelFieldsFragmentDoc,
    "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelFields\n    }\n    emailConfigured\n  }\n": types.NotificationChannelsDocument,
    "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      channel {\n        ...NotificationChannelFields\n      }\n      secret\n    }\n  }\n": types.CreateNotificationChannelDocument,
    "\n  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(input: $input) {\n      ...NotificationChannelFields\n    }\n  }\n": types.UpdateNotificationChannelDocument,
    "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n": types.DeleteNotificationChannelDocument,
    "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      id\n      status\n    }\n  }\n": types.TestNotificationChannelDocument,
    "\n  query IncidentNotifications($id: ID!) {\n    incident(id: $id) {\n      id\n      notifications {\n        id\n        channelName\n        channelType\n        target\n        event\n        status\n        attempts\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n    }\n  }\n": types.IncidentNotificationsDocument,
    "\n  query PagingReadiness {\n    pagingReadiness {\n      ready\n      problems {\n        environment\n        message\n        fixPath\n      }\n    }\n  }\n": types.PagingReadinessDocument,
    "\n  fragment PostmortemFields on Postmortem {\n    incidentId\n    status\n    summary\n    impact\n    timeline {\n      at\n      text\n    }\n    rootCause\n    contributingFactors\n    actionItems {\n      id\n      title\n      dueDate\n      done\n      owner {\n        id\n        name\n      }\n    }\n    updatedAt\n    publishedAt\n    publishedBy\n  }\n": types.PostmortemFieldsFragmentDoc,
    "\n  query IncidentPostmortem($id: ID!) {\n    incident(id: $id) {\n      id\n      number\n      severity\n      status\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": types.IncidentPostmortemDocument,
    "\n  mutation StartPostmortem($input: StartPostmortemInput!) {\n    startPostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": types.StartPostmortemDocument,
    "\n  mutation UpdatePostmortem($input: UpdatePostmortemInput!) {\n    updatePostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": types.UpdatePostmortemDocument,
    "\n  mutation PublishPostmortem($input: PublishPostmortemInput!) {\n    publishPostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": types.PublishPostmortemDocument,
    "\n  mutation AddPostmortemActionItem($input: AddPostmortemActionItemInput!) {\n    addPostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": types.AddPostmortemActionItemDocument,
    "\n  mutation UpdatePostmortemActionItem($input: UpdatePostmortemActionItemInput!) {\n    updatePostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": types.UpdatePostmortemActionItemDocument,
    "\n  mutation RemovePostmortemActionItem($input: RemovePostmortemActionItemInput!) {\n    removePostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n": types.RemovePostmortemActionItemDocument,
    "\n  fragment RolloutSummaryFields on Rollout {\n    id\n    deployment {\n      namespace\n      name\n    }\n    strategy\n    mode\n    state\n    active\n    currentStep\n    steps {\n      index\n      weightPercent\n      mirrorPercent\n    }\n    fromRelease {\n      id\n    }\n    toRelease {\n      id\n      model {\n        id\n        name\n      }\n    }\n    reason\n    createdBy\n    createdAt\n    updatedAt\n    finishedAt\n  }\n": types.RolloutSummaryFieldsFragmentDoc,
    "\n  fragment PromptAnswerFields on PromptAnswer {\n    passed\n    failures\n    answer\n    durationMs\n  }\n": types.PromptAnswerFieldsFragmentDoc,
    "\n  fragment RolloutFields on Rollout {\n    ...RolloutSummaryFields\n    fromRelease {\n      id\n      runtime\n      image\n      model {\n        id\n        name\n      }\n    }\n    toRelease {\n      id\n      runtime\n      image\n    }\n    steps {\n      index\n      weightPercent\n      mirrorPercent\n      observedPercent\n      canaryReplicas\n      stableReplicas\n      analysisSeconds\n      minimumRequests\n      onInconclusive\n      startedAt\n      finishedAt\n    }\n    analysis {\n      at\n      step\n      check\n      verdict\n      message\n      canaryValue\n      baselineValue\n      threshold\n      source\n      sample\n      details\n      prompts {\n        promptId\n        name\n        regression\n        canary {\n          ...PromptAnswerFields\n        }\n        stable {\n          ...PromptAnswerFields\n        }\n      }\n    }\n    events {\n      at\n      from\n      to\n      step\n      actor\n      message\n    }\n  }\n": types.RolloutFieldsFragmentDoc,
    "\n  query DeploymentRollouts($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      traffic {\n        gateway {\n          namespace\n          name\n        }\n      }\n      rollout {\n        ...RolloutFields\n      }\n      rollouts(limit: 20) {\n        ...RolloutSummaryFields\n      }\n    }\n  }\n": types.DeploymentRolloutsDocument,
    "\n  subscription DeploymentRolloutChanged($namespace: String!, $name: String!) {\n    rolloutChanged(namespace: $namespace, name: $name) {\n      ...RolloutFields\n    }\n  }\n": types.DeploymentRolloutChangedDocument,
    "\n  query ActiveRollouts {\n    activeRollouts {\n      ...RolloutSummaryFields\n    }\n  }\n": types.ActiveRolloutsDocument,
    "\n  subscription RolloutsChanged {\n    rolloutChanged {\n      ...RolloutSummaryFields\n    }\n  }\n": types.RolloutsChangedDocument,
    "\n  mutation PauseRollout($input: RolloutActionInput!) {\n    pauseRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n": types.PauseRolloutDocument,
    "\n  mutation ResumeRollout($input: RolloutActionInput!) {\n    resumeRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n": types.ResumeRolloutDocument,
    "\n  mutation PromoteRollout($input: RolloutActionInput!) {\n    promoteRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n": types.PromoteRolloutDocument,
    "\n  mutation AbortRollout($input: RolloutActionInput!) {\n    abortRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n": types.AbortRolloutDocument,
    "\n  query ServerInfo {\n    serverInfo {\n      version\n      simulatedCluster\n      store\n    }\n  }\n": types.ServerInfoDocument,
    "\n  query PaletteSearch($text: String!) {\n    search(text: $text, first: 5) {\n      kind\n      id\n      title\n      subtitle\n      path\n    }\n  }\n": types.PaletteSearchDocument,
    "\n  query PaletteTriggeredIncidents {\n    incidents(status: [TRIGGERED], first: 20) {\n      id\n      number\n      title\n      severity\n      status\n    }\n  }\n": types.PaletteTriggeredIncidentsDocument,
    "\n  mutation PaletteAcknowledge($id: ID!) {\n    acknowledgeIncident(input: { id: $id }) {\n      incident {\n        id\n        number\n        status\n        updatedAt\n      }\n    }\n  }\n": types.PaletteAcknowledgeDocument,
    "\n  fragment PublicUpdateFields on IncidentPublicUpdate {\n    id\n    status\n    body\n    at\n    createdBy\n  }\n": types.PublicUpdateFieldsFragmentDoc,
    "\n  fragment MaintenanceWindowFields on MaintenanceWindow {\n    startsAt\n    endsAt\n    message\n  }\n": types.MaintenanceWindowFieldsFragmentDoc,
    "\n  query IncidentPublicUpdates($id: ID!) {\n    incident(id: $id) {\n      id\n      deployment {\n        namespace\n        name\n      }\n      publicUpdates {\n        ...PublicUpdateFields\n      }\n    }\n  }\n": types.IncidentPublicUpdatesDocument,
    "\n  query DeploymentStatusPage($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      statusPage {\n        public\n        displayName\n        status\n        maintenance {\n          ...MaintenanceWindowFields\n        }\n      }\n      incidentStats(days: 30) {\n        incidents\n        acknowledged\n        resolved\n        mttaSeconds\n        mttrSeconds\n      }\n    }\n  }\n": types.DeploymentStatusPageDocument,
    "\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      update {\n        ...PublicUpdateFields\n      }\n    }\n  }\n": types.PostIncidentUpdateDocument,
    "\n  mutation SetDeploymentPublic($input: SetDeploymentPublicInput!) {\n    setDeploymentPublic(input: $input) {\n      deployment {\n        id\n        statusPage {\n          public\n          displayName\n          status\n        }\n      }\n    }\n  }\n": types.SetDeploymentPublicDocument,
    "\n  mutation SetMaintenanceWindow($input: SetMaintenanceWindowInput!) {\n    setMaintenanceWindow(input: $input) {\n      deployment {\n        id\n        statusPage {\n          status\n          maintenance {\n            ...MaintenanceWindowFields\n          }\n        }\n      }\n    }\n  }\n": types.SetMaintenanceWindowDocument,
    "\n  fragment TicketSummaryFields on Ticket {\n    id\n    number\n    reference\n    subject\n    priority\n    status\n    requester {\n      name\n      email\n      organisation\n    }\n    assignee {\n      id\n      name\n      email\n    }\n    group\n    tags\n    incident {\n      id\n      number\n      title\n      status\n    }\n    createdAt\n    updatedAt\n    sla {\n      state\n      dueAt\n      paused\n    }\n  }\n": types.TicketSummaryFieldsFragmentDoc,
    "\n  fragment TicketDetailFields on Ticket {\n    ...TicketSummaryFields\n    description\n    suggestedReply\n    firstRespondedAt\n    resolvedAt\n    closedAt\n    mergedInto {\n      id\n      reference\n    }\n    sla {\n      clocks {\n        kind\n        targetMinutes\n        state\n        elapsedMs\n        remainingMs\n        dueAt\n        paused\n      }\n    }\n    conversation {\n      id\n      at\n      visibility\n      authorType\n      authorName\n      body\n    }\n  }\n": types.TicketDetailFieldsFragmentDoc,
    "\n  query Tickets(\n    $view: TicketView\n    $status: [TicketStatus!]\n    $priority: [TicketPriority!]\n    $search: String\n    $after: String\n  ) {\n    ticketsConnection(\n      view: $view\n      status: $status\n      priority: $priority\n      search: $search\n      after: $after\n    ) {\n      nodes {\n        ...TicketSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TicketsDocument,
    "\n  subscription TicketsChanged {\n    ticketChanged {\n      ...TicketSummaryFields\n    }\n  }\n": types.TicketsChangedDocument,
    "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n": types.TicketDocument,
    "\n  subscription TicketChanged($id: ID) {\n    ticketChanged(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n": types.TicketChangedDocument,
    "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": types.CreateTicketDocument,
    "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": types.UpdateTicketDocument,
    "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": types.ChangeTicketStatusDocument,
    "\n  mutation ReplyToTicket($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": types.ReplyToTicketDocument,
    "\n  mutation LinkTicket($input: LinkTicketInput!) {\n    linkTicketToIncident(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": types.LinkTicketDocument,
    "\n  mutation UnlinkTicket($input: UnlinkTicketInput!) {\n    unlinkTicketFromIncident(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n": types.UnlinkTicketDocument,
    "\n  query IncidentChoices {\n    incidents(status: [TRIGGERED, ACKNOWLEDGED, MITIGATED], first: 50) {\n      id\n      number\n      title\n      status\n      severity\n    }\n  }\n": types.IncidentChoicesDocument,
    "\n  query IncidentTickets($id: ID!) {\n    incident(id: $id) {\n      id\n      tickets {\n        id\n        reference\n        subject\n        status\n        priority\n        suggestedReply\n      }\n    }\n  }\n": types.IncidentTicketsDocument,
    "\n  query TicketAssignees {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n": types.TicketAssigneesDocument,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    owner {\n      id\n      email\n      name\n    }\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens($all: Boolean) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    disabled\n    createdAt\n    lastLoginAt\n    hasPassword\n    singleSignOn\n  }\n": types.UserFieldsFragmentDoc,
    "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n": types.UsersDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n": types.SetUserPasswordDocument,
    "\n  query IncidentUsers {\n    users {\n      id\n      name\n      email\n      disabled\n    }\n  }\n": types.IncidentUsersDocument,
    "\n  query GettingStarted($isAdmin: Boolean!) {\n    apiTokens {\n      id\n      status\n    }\n    users @include(if: $isAdmin) {\n      id\n      disabled\n    }\n  }\n": types.GettingStartedDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditEntryFields on AuditEntry {\n    seq\n    occurredAt\n    actorType\n    actorId\n    actor\n    action\n    targetType\n    targetId\n    details\n    prevHash\n    hash\n  }\n"): (typeof documents)["\n  fragment AuditEntryFields on AuditEntry {\n    seq\n    occurredAt\n    actorType\n    actorId\n    actor\n    action\n    targetType\n    targetId\n    details\n    prevHash\n    hash\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $first: Int, $after: String) {\n    auditLog(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        ...AuditEntryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      headHash\n      verifiedAt\n      firstMismatch {\n        seq\n        kind\n        message\n        expected\n        actual\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyAuditLog {\n    verifyAuditLog {\n      ok\n      checked\n      headHash\n      verifiedAt\n      firstMismatch {\n        seq\n        kind\n        message\n        expected\n        actual\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AuditEntryAppended {\n    auditEntryAppended {\n      ...AuditEntryFields\n    }\n  }\n"): (typeof documents)["\n  subscription AuditEntryAppended {\n    auditEntryAppended {\n      ...AuditEntryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerFields on Viewer {\n    role\n    authMethod\n    sessionExpiresAt\n    user {\n      id\n      email\n      name\n      role\n      hasPassword\n      mustChangePassword\n    }\n  }\n"): (typeof documents)["\n  fragment ViewerFields on Viewer {\n    role\n    authMethod\n    sessionExpiresAt\n    user {\n      id\n      email\n      name\n      role\n      hasPassword\n      mustChangePassword\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      ...ViewerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      viewer {\n        ...ViewerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    serverInfo {\n      passwordLogin\n      singleSignOn {\n        displayName\n        loginUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    serverInfo {\n      passwordLogin\n      singleSignOn {\n        displayName\n        loginUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReleaseFields on Release {\n    id\n    runtime\n    image\n    imagePinned\n    warnings\n    modelSource\n    modelRevision\n    engine {\n      maxModelLength\n      tensorParallelSize\n      gpuMemoryUtilization\n      dtype\n      quantization\n    }\n    resources {\n      gpus\n      gpuProduct\n      cpu\n      memory\n    }\n    createdAt\n    createdBy\n  }\n"): (typeof documents)["\n  fragment ReleaseFields on Release {\n    id\n    runtime\n    image\n    imagePinned\n    warnings\n    modelSource\n    modelRevision\n    engine {\n      maxModelLength\n      tensorParallelSize\n      gpuMemoryUtilization\n      dtype\n      quantization\n    }\n    resources {\n      gpus\n      gpuProduct\n      cpu\n      memory\n    }\n    createdAt\n    createdBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ModelFields on Model {\n    id\n    name\n    family\n    source\n    revision\n    license\n    parameterCountBillions\n    contextLength\n    gpuMemoryGiB\n    createdAt\n    releases {\n      ...ReleaseFields\n    }\n  }\n"): (typeof documents)["\n  fragment ModelFields on Model {\n    id\n    name\n    family\n    source\n    revision\n    license\n    parameterCountBillions\n    contextLength\n    gpuMemoryGiB\n    createdAt\n    releases {\n      ...ReleaseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Models {\n    models {\n      ...ModelFields\n    }\n  }\n"): (typeof documents)["\n  query Models {\n    models {\n      ...ModelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterModel($input: RegisterModelInput!) {\n    registerModel(input: $input) {\n      model {\n        ...ModelFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterModel($input: RegisterModelInput!) {\n    registerModel(input: $input) {\n      model {\n        ...ModelFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRelease($input: CreateReleaseInput!) {\n    createRelease(input: $input) {\n      created\n      release {\n        ...ReleaseFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRelease($input: CreateReleaseInput!) {\n    createRelease(input: $input) {\n      created\n      release {\n        ...ReleaseFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReleaseDiff($from: ID!, $to: ID!) {\n    releaseDiff(from: $from, to: $to) {\n      path\n      from\n      to\n    }\n  }\n"): (typeof documents)["\n  query ReleaseDiff($from: ID!, $to: ID!) {\n    releaseDiff(from: $from, to: $to) {\n      path\n      from\n      to\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GoldenPromptFields on GoldenPrompt {\n    id\n    name\n    messages {\n      role\n      content\n    }\n    maxTokens\n    expectations {\n      contains\n      mustNotContain\n      pattern\n      jsonSchema\n      maxLength\n    }\n    updatedAt\n    updatedBy\n  }\n"): (typeof documents)["\n  fragment GoldenPromptFields on GoldenPrompt {\n    id\n    name\n    messages {\n      role\n      content\n    }\n    maxTokens\n    expectations {\n      contains\n      mustNotContain\n      pattern\n      jsonSchema\n      maxLength\n    }\n    updatedAt\n    updatedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelGoldenPrompts($id: ID!) {\n    model(id: $id) {\n      id\n      goldenPrompts {\n        ...GoldenPromptFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelGoldenPrompts($id: ID!) {\n    model(id: $id) {\n      id\n      goldenPrompts {\n        ...GoldenPromptFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoldenPrompt($input: CreateGoldenPromptInput!) {\n    createGoldenPrompt(input: $input) {\n      goldenPrompt {\n        ...GoldenPromptFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoldenPrompt($input: CreateGoldenPromptInput!) {\n    createGoldenPrompt(input: $input) {\n      goldenPrompt {\n        ...GoldenPromptFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoldenPrompt($input: UpdateGoldenPromptInput!) {\n    updateGoldenPrompt(input: $input) {\n      goldenPrompt {\n        ...GoldenPromptFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoldenPrompt($input: UpdateGoldenPromptInput!) {\n    updateGoldenPrompt(input: $input) {\n      goldenPrompt {\n        ...GoldenPromptFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoldenPrompt($input: DeleteGoldenPromptInput!) {\n    deleteGoldenPrompt(input: $input) {\n      goldenPrompt {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteGoldenPrompt($input: DeleteGoldenPromptInput!) {\n    deleteGoldenPrompt(input: $input) {\n      goldenPrompt {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModelDeployments {\n    deployments {\n      id\n      namespace\n      name\n      environment\n      phase\n      release {\n        id\n        model {\n          id\n        }\n      }\n      status {\n        pods {\n          name\n          ready\n          track\n          releaseId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModelDeployments {\n    deployments {\n      id\n      namespace\n      name\n      environment\n      phase\n      release {\n        id\n        model {\n          id\n        }\n      }\n      status {\n        pods {\n          name\n          ready\n          track\n          releaseId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CheckGoldenPrompts($input: CheckGoldenPromptsInput!) {\n    checkGoldenPrompts(input: $input) {\n      namespace\n      name\n      pod\n      releaseId\n      checkedAt\n      results {\n        promptId\n        name\n        passed\n        failures\n        answerExcerpt\n        durationMs\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CheckGoldenPrompts($input: CheckGoldenPromptsInput!) {\n    checkGoldenPrompts(input: $input) {\n      namespace\n      name\n      pod\n      releaseId\n      checkedAt\n      results {\n        promptId\n        name\n        passed\n        failures\n        answerExcerpt\n        durationMs\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CostFiguresFields on CostFigures {\n    gpuHours\n    busyGpuHours\n    idleGpuHours\n    unpricedGpuHours\n    utilisation\n    promptTokens\n    generationTokens\n    tokens\n    costUsd\n    costPerDayUsd\n    costPerMillionTokensUsd\n    apiCostUsd\n    savingUsd\n    usedDefaultPrices\n    gpuProducts\n  }\n"): (typeof documents)["\n  fragment CostFiguresFields on CostFigures {\n    gpuHours\n    busyGpuHours\n    idleGpuHours\n    unpricedGpuHours\n    utilisation\n    promptTokens\n    generationTokens\n    tokens\n    costUsd\n    costPerDayUsd\n    costPerMillionTokensUsd\n    apiCostUsd\n    savingUsd\n    usedDefaultPrices\n    gpuProducts\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CostReport($input: CostReportInput!) {\n    costReport(input: $input) {\n      from\n      to\n      compareWith {\n        api\n        displayName\n        usdPerMillionInput\n        usdPerMillionOutput\n        isDefault\n      }\n      lines {\n        key\n        namespace\n        name\n        environment\n        figures {\n          ...CostFiguresFields\n        }\n      }\n      total {\n        ...CostFiguresFields\n      }\n      days {\n        date\n        figures {\n          costUsd\n          apiCostUsd\n          tokens\n          utilisation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CostReport($input: CostReportInput!) {\n    costReport(input: $input) {\n      from\n      to\n      compareWith {\n        api\n        displayName\n        usdPerMillionInput\n        usdPerMillionOutput\n        isDefault\n      }\n      lines {\n        key\n        namespace\n        name\n        environment\n        figures {\n          ...CostFiguresFields\n        }\n      }\n      total {\n        ...CostFiguresFields\n      }\n      days {\n        date\n        figures {\n          costUsd\n          apiCostUsd\n          tokens\n          utilisation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PriceBook {\n    priceBook {\n      gpus {\n        gpuProduct\n        capacity\n        usdPerGpuHour\n        effectiveFrom\n        isDefault\n        source\n        sourceUrl\n        readOn\n        setBy\n      }\n      apis {\n        api\n        displayName\n        usdPerMillionInput\n        usdPerMillionOutput\n        effectiveFrom\n        isDefault\n        source\n        sourceUrl\n        readOn\n        setBy\n      }\n    }\n  }\n"): (typeof documents)["\n  query PriceBook {\n    priceBook {\n      gpus {\n        gpuProduct\n        capacity\n        usdPerGpuHour\n        effectiveFrom\n        isDefault\n        source\n        sourceUrl\n        readOn\n        setBy\n      }\n      apis {\n        api\n        displayName\n        usdPerMillionInput\n        usdPerMillionOutput\n        effectiveFrom\n        isDefault\n        source\n        sourceUrl\n        readOn\n        setBy\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGpuPrice($input: SetGpuPriceInput!) {\n    setGpuPrice(input: $input) {\n      price {\n        gpuProduct\n        capacity\n        usdPerGpuHour\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetGpuPrice($input: SetGpuPriceInput!) {\n    setGpuPrice(input: $input) {\n      price {\n        gpuProduct\n        capacity\n        usdPerGpuHour\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetApiPrice($input: SetApiPriceInput!) {\n    setApiPrice(input: $input) {\n      price {\n        api\n        usdPerMillionInput\n        usdPerMillionOutput\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetApiPrice($input: SetApiPriceInput!) {\n    setApiPrice(input: $input) {\n      price {\n        api\n        usdPerMillionInput\n        usdPerMillionOutput\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentCost($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      cost(days: 7) {\n        ...CostFiguresFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeploymentCost($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      cost(days: 7) {\n        ...CostFiguresFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Capacity {\n    capacity {\n      at\n      windowMinutes\n      known\n      unknownReason\n      podScope\n      products {\n        product\n        nodes\n        allocatable\n        requested\n        free\n        largestFreeOnANode\n      }\n      nodes {\n        name\n        product\n        free\n        schedulable\n        excludedBecause\n      }\n      deployments {\n        namespace\n        name\n        environment\n        gpuProduct\n        gpus\n        tokensPerSecond\n        utilisation\n        tokensPerSecondPerGpu\n        couldServeTokensPerSecond\n        headroomTokensPerSecond\n        couldServeWithFreeGpusTokensPerSecond\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  query Capacity {\n    capacity {\n      at\n      windowMinutes\n      known\n      unknownReason\n      podScope\n      products {\n        product\n        nodes\n        allocatable\n        requested\n        free\n        largestFreeOnANode\n      }\n      nodes {\n        name\n        product\n        free\n        schedulable\n        excludedBecause\n      }\n      deployments {\n        namespace\n        name\n        environment\n        gpuProduct\n        gpus\n        tokensPerSecond\n        utilisation\n        tokensPerSecondPerGpu\n        couldServeTokensPerSecond\n        headroomTokensPerSecond\n        couldServeWithFreeGpusTokensPerSecond\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdoptionPlan($id: ID!) {\n    adoptionPlan(deploymentId: $id) {\n      adoptable\n      reasons\n      warnings\n      digest\n      previousManagers\n      diff\n      model {\n        existing {\n          id\n          name\n        }\n        name\n        source\n        revision\n      }\n      release {\n        id\n        exists\n        runtime\n        image\n        engine {\n          maxModelLength\n          tensorParallelSize\n          extraArgs\n        }\n        resources {\n          gpus\n          gpuProduct\n          cpu\n          memory\n        }\n      }\n      changes {\n        object\n        path\n        live\n        applied\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdoptionPlan($id: ID!) {\n    adoptionPlan(deploymentId: $id) {\n      adoptable\n      reasons\n      warnings\n      digest\n      previousManagers\n      diff\n      model {\n        existing {\n          id\n          name\n        }\n        name\n        source\n        revision\n      }\n      release {\n        id\n        exists\n        runtime\n        image\n        engine {\n          maxModelLength\n          tensorParallelSize\n          extraArgs\n        }\n        resources {\n          gpus\n          gpuProduct\n          cpu\n          memory\n        }\n      }\n      changes {\n        object\n        path\n        live\n        applied\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentAdoption($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      adoption {\n        at\n        by\n        keepsPodTemplate\n        previousManagers\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeploymentAdoption($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      adoption {\n        at\n        by\n        keepsPodTemplate\n        previousManagers\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptDeployment($input: AdoptDeploymentInput!) {\n    adoptDeployment(input: $input) {\n      deployment {\n        id\n        managed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptDeployment($input: AdoptDeploymentInput!) {\n    adoptDeployment(input: $input) {\n      deployment {\n        id\n        managed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReleaseDeployment($input: ReleaseDeploymentInput!) {\n    releaseDeployment(input: $input) {\n      deployment {\n        id\n        managed\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReleaseDeployment($input: ReleaseDeploymentInput!) {\n    releaseDeployment(input: $input) {\n      deployment {\n        id\n        managed\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeploymentSummaryFields on ModelDeployment {\n    id\n    namespace\n    name\n    environment\n    replicas\n    strategy\n    phase\n    message\n    createdAt\n    managed\n    observed {\n      kind\n      runtime\n      image\n      model\n      servedModelName\n      port\n      gpusPerReplica\n      gpuProduct\n      evidence\n    }\n    release {\n      id\n      runtime\n      image\n      model {\n        id\n        name\n      }\n    }\n    status {\n      desiredReplicas\n      readyReplicas\n    }\n    health {\n      state\n      reasons\n      since\n      checkedAt\n    }\n  }\n"): (typeof documents)["\n  fragment DeploymentSummaryFields on ModelDeployment {\n    id\n    namespace\n    name\n    environment\n    replicas\n    strategy\n    phase\n    message\n    createdAt\n    managed\n    observed {\n      kind\n      runtime\n      image\n      model\n      servedModelName\n      port\n      gpusPerReplica\n      gpuProduct\n      evidence\n    }\n    release {\n      id\n      runtime\n      image\n      model {\n        id\n        name\n      }\n    }\n    status {\n      desiredReplicas\n      readyReplicas\n    }\n    health {\n      state\n      reasons\n      since\n      checkedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DeploymentDetailFields on ModelDeployment {\n    ...DeploymentSummaryFields\n    sloErrorRatio\n    sloTtftP95Ms\n    updatedAt\n    createdBy\n    traffic {\n      gateway {\n        namespace\n        name\n      }\n      pathPrefix\n      canaryWeight\n      mirrorPercent\n    }\n    release {\n      id\n      runtime\n      image\n      imagePinned\n      warnings\n      modelSource\n      modelRevision\n      resources {\n        gpus\n        gpuProduct\n        cpu\n        memory\n      }\n      model {\n        id\n        name\n        family\n      }\n    }\n    status {\n      desiredReplicas\n      readyReplicas\n      updatedReplicas\n      availableReplicas\n      lastAppliedAt\n      lastApplyError\n      pods {\n        name\n        phase\n        ready\n        restarts\n        node\n        gpus\n        releaseId\n        track\n        createdAt\n        containers {\n          name\n          ready\n          restartCount\n          state\n          reason\n          message\n          exitCode\n          lastTerminationReason\n        }\n      }\n      events {\n        type\n        reason\n        message\n        object\n        count\n        lastSeen\n      }\n    }\n    drift {\n      object\n      path\n      desired\n      live\n    }\n    missing\n    timeline(last: 20) {\n      at\n      kind\n      message\n      actor\n      objects\n    }\n    health {\n      diagnosis {\n        ...FindingFields\n      }\n    }\n    manifestsYaml\n    history {\n      revision\n      createdAt\n      createdBy\n      reason\n      release {\n        id\n        runtime\n        model {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment DeploymentDetailFields on ModelDeployment {\n    ...DeploymentSummaryFields\n    sloErrorRatio\n    sloTtftP95Ms\n    updatedAt\n    createdBy\n    traffic {\n      gateway {\n        namespace\n        name\n      }\n      pathPrefix\n      canaryWeight\n      mirrorPercent\n    }\n    release {\n      id\n      runtime\n      image\n      imagePinned\n      warnings\n      modelSource\n      modelRevision\n      resources {\n        gpus\n        gpuProduct\n        cpu\n        memory\n      }\n      model {\n        id\n        name\n        family\n      }\n    }\n    status {\n      desiredReplicas\n      readyReplicas\n      updatedReplicas\n      availableReplicas\n      lastAppliedAt\n      lastApplyError\n      pods {\n        name\n        phase\n        ready\n        restarts\n        node\n        gpus\n        releaseId\n        track\n        createdAt\n        containers {\n          name\n          ready\n          restartCount\n          state\n          reason\n          message\n          exitCode\n          lastTerminationReason\n        }\n      }\n      events {\n        type\n        reason\n        message\n        object\n        count\n        lastSeen\n      }\n    }\n    drift {\n      object\n      path\n      desired\n      live\n    }\n    missing\n    timeline(last: 20) {\n      at\n      kind\n      message\n      actor\n      objects\n    }\n    health {\n      diagnosis {\n        ...FindingFields\n      }\n    }\n    manifestsYaml\n    history {\n      revision\n      createdAt\n      createdBy\n      reason\n      release {\n        id\n        runtime\n        model {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentsPage(\n    $namespace: String\n    $environment: Environment\n    $search: String\n    $after: String\n  ) {\n    deploymentsConnection(\n      namespace: $namespace\n      environment: $environment\n      search: $search\n      after: $after\n    ) {\n      nodes {\n        ...DeploymentSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    managedNamespaces\n  }\n"): (typeof documents)["\n  query DeploymentsPage(\n    $namespace: String\n    $environment: Environment\n    $search: String\n    $after: String\n  ) {\n    deploymentsConnection(\n      namespace: $namespace\n      environment: $environment\n      search: $search\n      after: $after\n    ) {\n      nodes {\n        ...DeploymentSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n    managedNamespaces\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FleetSummary {\n    fleetSummary {\n      total\n      managed\n      health {\n        state\n        count\n      }\n      attention(first: 8) {\n        ...DeploymentSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FleetSummary {\n    fleetSummary {\n      total\n      managed\n      health {\n        state\n        count\n      }\n      attention(first: 8) {\n        ...DeploymentSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeploymentsChanged($namespace: String) {\n    deploymentChanged(namespace: $namespace) {\n      ...DeploymentSummaryFields\n    }\n  }\n"): (typeof documents)["\n  subscription DeploymentsChanged($namespace: String) {\n    deploymentChanged(namespace: $namespace) {\n      ...DeploymentSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Deployment($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      ...DeploymentDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Deployment($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      ...DeploymentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeploymentChanged($namespace: String!, $name: String!) {\n    deploymentChanged(namespace: $namespace, name: $name) {\n      ...DeploymentDetailFields\n    }\n  }\n"): (typeof documents)["\n  subscription DeploymentChanged($namespace: String!, $name: String!) {\n    deploymentChanged(namespace: $namespace, name: $name) {\n      ...DeploymentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewDeploymentOptions {\n    managedNamespaces\n    models {\n      id\n      name\n      family\n      releases {\n        id\n        runtime\n        image\n        warnings\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query NewDeploymentOptions {\n    managedNamespaces\n    models {\n      id\n      name\n      family\n      releases {\n        id\n        runtime\n        image\n        warnings\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentSettings($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      namespace\n      name\n      environment\n      replicas\n      strategy\n      sloErrorRatio\n      sloTtftP95Ms\n      traffic {\n        gateway {\n          namespace\n          name\n        }\n      }\n      release {\n        id\n        model {\n          id\n        }\n      }\n      rollout {\n        id\n        strategy\n        steps {\n          weightPercent\n          mirrorPercent\n          analysisSeconds\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeploymentSettings($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      namespace\n      name\n      environment\n      replicas\n      strategy\n      sloErrorRatio\n      sloTtftP95Ms\n      traffic {\n        gateway {\n          namespace\n          name\n        }\n      }\n      release {\n        id\n        model {\n          id\n        }\n      }\n      rollout {\n        id\n        strategy\n        steps {\n          weightPercent\n          mirrorPercent\n          analysisSeconds\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeployRelease($input: DeployReleaseInput!) {\n    deployRelease(input: $input) {\n      deployment {\n        ...DeploymentSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeployRelease($input: DeployReleaseInput!) {\n    deployRelease(input: $input) {\n      deployment {\n        ...DeploymentSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateObservedDeployment($input: UpdateObservedDeploymentInput!) {\n    updateObservedDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateObservedDeployment($input: UpdateObservedDeploymentInput!) {\n    updateObservedDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ScaleDeployment($input: ScaleDeploymentInput!) {\n    scaleDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ScaleDeployment($input: ScaleDeploymentInput!) {\n    scaleDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDeployment($input: DeleteDeploymentInput!) {\n    deleteDeployment(input: $input) {\n      deployment {\n        id\n        phase\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteDeployment($input: DeleteDeploymentInput!) {\n    deleteDeployment(input: $input) {\n      deployment {\n        id\n        phase\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RepairDrift($namespace: String!, $name: String!) {\n    repairDrift(namespace: $namespace, name: $name) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RepairDrift($namespace: String!, $name: String!) {\n    repairDrift(namespace: $namespace, name: $name) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RollbackDeployment($input: RollbackDeploymentInput!) {\n    rollbackDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RollbackDeployment($input: RollbackDeploymentInput!) {\n    rollbackDeployment(input: $input) {\n      deployment {\n        ...DeploymentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FindingFields on Finding {\n    cause\n    severity\n    title\n    summary\n    evidence {\n      source\n      value\n    }\n    runbook\n    objects\n  }\n"): (typeof documents)["\n  fragment FindingFields on Finding {\n    cause\n    severity\n    title\n    summary\n    evidence {\n      source\n      value\n    }\n    runbook\n    objects\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentHealth($namespace: String!, $name: String!, $range: HealthRange!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      health {\n        state\n        checkedAt\n        pastTerminations {\n          source\n          value\n        }\n        metrics {\n          requestRate\n          errorRatio\n          ttftP50Ms\n          ttftP95Ms\n          e2eP95Ms\n          tokensPerSecond\n          queueDepth\n          kvCacheUsage\n        }\n        history(range: $range) {\n          at\n          state\n          requestRate\n          errorRatio\n          ttftP95Ms\n          kvCacheUsage\n        }\n        transitions(last: 10) {\n          at\n          from\n          to\n          reasons\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeploymentHealth($namespace: String!, $name: String!, $range: HealthRange!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      health {\n        state\n        checkedAt\n        pastTerminations {\n          source\n          value\n        }\n        metrics {\n          requestRate\n          errorRatio\n          ttftP50Ms\n          ttftP95Ms\n          e2eP95Ms\n          tokensPerSecond\n          queueDepth\n          kvCacheUsage\n        }\n        history(range: $range) {\n          at\n          state\n          requestRate\n          errorRatio\n          ttftP95Ms\n          kvCacheUsage\n        }\n        transitions(last: 10) {\n          at\n          from\n          to\n          reasons\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentSummaryFields on Incident {\n    id\n    number\n    title\n    status\n    severity\n    source\n    environment\n    deployment {\n      namespace\n      name\n    }\n    commanderId\n    assigneeId\n    triggeredAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment IncidentSummaryFields on Incident {\n    id\n    number\n    title\n    status\n    severity\n    source\n    environment\n    deployment {\n      namespace\n      name\n    }\n    commanderId\n    assigneeId\n    triggeredAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IncidentDetailFields on Incident {\n    ...IncidentSummaryFields\n    summary\n    fingerprint\n    cancelReason\n    acknowledgedAt\n    mitigatedAt\n    resolvedAt\n    closedAt\n    createdBy\n    mergedInto {\n      id\n      number\n    }\n    timeline {\n      id\n      at\n      kind\n      actorType\n      actor\n      message\n    }\n    signals {\n      fingerprint\n      source\n      status\n      firstAt\n      lastAt\n      count\n    }\n  }\n"): (typeof documents)["\n  fragment IncidentDetailFields on Incident {\n    ...IncidentSummaryFields\n    summary\n    fingerprint\n    cancelReason\n    acknowledgedAt\n    mitigatedAt\n    resolvedAt\n    closedAt\n    createdBy\n    mergedInto {\n      id\n      number\n    }\n    timeline {\n      id\n      at\n      kind\n      actorType\n      actor\n      message\n    }\n    signals {\n      fingerprint\n      source\n      status\n      firstAt\n      lastAt\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Incidents(\n    $status: [IncidentStatus!]\n    $severity: [Severity!]\n    $search: String\n    $after: String\n  ) {\n    incidentsConnection(status: $status, severity: $severity, search: $search, after: $after) {\n      nodes {\n        ...IncidentSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Incidents(\n    $status: [IncidentStatus!]\n    $severity: [Severity!]\n    $search: String\n    $after: String\n  ) {\n    incidentsConnection(status: $status, severity: $severity, search: $search, after: $after) {\n      nodes {\n        ...IncidentSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentsChanged {\n    incidentChanged {\n      ...IncidentSummaryFields\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentsChanged {\n    incidentChanged {\n      ...IncidentSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Incident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Incident($id: ID!) {\n    incident(id: $id) {\n      ...IncidentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription IncidentChanged($id: ID!) {\n    incidentChanged(id: $id) {\n      ...IncidentDetailFields\n    }\n  }\n"): (typeof documents)["\n  subscription IncidentChanged($id: ID!) {\n    incidentChanged(id: $id) {\n      ...IncidentDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentDeployment($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      namespace\n      name\n      release {\n        id\n      }\n      history {\n        revision\n        release {\n          id\n          model {\n            id\n            name\n          }\n        }\n      }\n      health {\n        state\n        reasons\n        checkedAt\n        diagnosis {\n          ...FindingFields\n        }\n        pastTerminations {\n          source\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentDeployment($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      namespace\n      name\n      release {\n        id\n      }\n      history {\n        revision\n        release {\n          id\n          model {\n            id\n            name\n          }\n        }\n      }\n      health {\n        state\n        reasons\n        checkedAt\n        diagnosis {\n          ...FindingFields\n        }\n        pastTerminations {\n          source\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      incident {\n        ...IncidentSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DeclareIncident($input: DeclareIncidentInput!) {\n    declareIncident(input: $input) {\n      incident {\n        ...IncidentSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeIncident($input: IncidentTransitionInput!) {\n    acknowledgeIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeIncident($input: IncidentTransitionInput!) {\n    acknowledgeIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MitigateIncident($input: IncidentTransitionInput!) {\n    mitigateIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MitigateIncident($input: IncidentTransitionInput!) {\n    mitigateIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveIncident($input: IncidentTransitionInput!) {\n    resolveIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveIncident($input: IncidentTransitionInput!) {\n    resolveIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseIncident($input: IncidentTransitionInput!) {\n    closeIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CloseIncident($input: IncidentTransitionInput!) {\n    closeIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelIncident($input: CancelIncidentInput!) {\n    cancelIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelIncident($input: CancelIncidentInput!) {\n    cancelIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeIncidentSeverity($input: ChangeIncidentSeverityInput!) {\n    changeIncidentSeverity(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeIncidentSeverity($input: ChangeIncidentSeverityInput!) {\n    changeIncidentSeverity(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignIncident($input: AssignIncidentInput!) {\n    assignIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignIncident($input: AssignIncidentInput!) {\n    assignIncident(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddIncidentNote($input: AddIncidentNoteInput!) {\n    addIncidentNote(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddIncidentNote($input: AddIncidentNoteInput!) {\n    addIncidentNote(input: $input) {\n      incident {\n        ...IncidentDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentCommanders {\n    onCallPeople {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query IncidentCommanders {\n    onCallPeople {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OnCallScheduleFields on OnCallSchedule {\n    id\n    name\n    description\n    timeZone\n    layers {\n      name\n      userIds\n      users {\n        id\n        name\n      }\n      start\n      shift\n      shiftHours\n      restriction {\n        from\n        to\n      }\n    }\n    overrides {\n      id\n      userId\n      user {\n        id\n        name\n      }\n      startsAt\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  fragment OnCallScheduleFields on OnCallSchedule {\n    id\n    name\n    description\n    timeZone\n    layers {\n      name\n      userIds\n      users {\n        id\n        name\n      }\n      start\n      shift\n      shiftHours\n      restriction {\n        from\n        to\n      }\n    }\n    overrides {\n      id\n      userId\n      user {\n        id\n        name\n      }\n      startsAt\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallNow {\n    onCallNow {\n      schedule {\n        id\n        name\n        timeZone\n      }\n      user {\n        id\n        name\n        email\n      }\n      layer\n      until\n    }\n  }\n"): (typeof documents)["\n  query OnCallNow {\n    onCallNow {\n      schedule {\n        id\n        name\n        timeZone\n      }\n      user {\n        id\n        name\n        email\n      }\n      layer\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallSchedules {\n    onCallSchedules {\n      ...OnCallScheduleFields\n    }\n  }\n"): (typeof documents)["\n  query OnCallSchedules {\n    onCallSchedules {\n      ...OnCallScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallSchedule($id: ID!, $days: Int) {\n    onCallSchedule(id: $id) {\n      ...OnCallScheduleFields\n      shifts(days: $days) {\n        userId\n        user {\n          id\n          name\n        }\n        layer\n        start\n        end\n      }\n    }\n  }\n"): (typeof documents)["\n  query OnCallSchedule($id: ID!, $days: Int) {\n    onCallSchedule(id: $id) {\n      ...OnCallScheduleFields\n      shifts(days: $days) {\n        userId\n        user {\n          id\n          name\n        }\n        layer\n        start\n        end\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OnCallPeople {\n    onCallPeople {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query OnCallPeople {\n    onCallPeople {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOnCallSchedule($input: CreateOnCallScheduleInput!) {\n    createOnCallSchedule(input: $input) {\n      ...OnCallScheduleFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOnCallSchedule($input: CreateOnCallScheduleInput!) {\n    createOnCallSchedule(input: $input) {\n      ...OnCallScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOnCallSchedule($input: UpdateOnCallScheduleInput!) {\n    updateOnCallSchedule(input: $input) {\n      ...OnCallScheduleFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOnCallSchedule($input: UpdateOnCallScheduleInput!) {\n    updateOnCallSchedule(input: $input) {\n      ...OnCallScheduleFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOnCallSchedule($id: ID!) {\n    deleteOnCallSchedule(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteOnCallSchedule($id: ID!) {\n    deleteOnCallSchedule(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOnCallOverride($input: AddOnCallOverrideInput!) {\n    addOnCallOverride(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddOnCallOverride($input: AddOnCallOverrideInput!) {\n    addOnCallOverride(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveOnCallOverride($id: ID!) {\n    removeOnCallOverride(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveOnCallOverride($id: ID!) {\n    removeOnCallOverride(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EscalationPolicyFields on EscalationPolicy {\n    id\n    name\n    description\n    repeat\n    isDefault\n    environments\n    steps {\n      timeoutMinutes\n      targets {\n        type\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment EscalationPolicyFields on EscalationPolicy {\n    id\n    name\n    description\n    repeat\n    isDefault\n    environments\n    steps {\n      timeoutMinutes\n      targets {\n        type\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EscalationPolicies {\n    escalationPolicies {\n      ...EscalationPolicyFields\n    }\n  }\n"): (typeof documents)["\n  query EscalationPolicies {\n    escalationPolicies {\n      ...EscalationPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateEscalationPolicy($input: CreateEscalationPolicyInput!) {\n    createEscalationPolicy(input: $input) {\n      ...EscalationPolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateEscalationPolicy($input: CreateEscalationPolicyInput!) {\n    createEscalationPolicy(input: $input) {\n      ...EscalationPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateEscalationPolicy($input: UpdateEscalationPolicyInput!) {\n    updateEscalationPolicy(input: $input) {\n      ...EscalationPolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateEscalationPolicy($input: UpdateEscalationPolicyInput!) {\n    updateEscalationPolicy(input: $input) {\n      ...EscalationPolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteEscalationPolicy($id: ID!) {\n    deleteEscalationPolicy(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteEscalationPolicy($id: ID!) {\n    deleteEscalationPolicy(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    name\n    type\n    url\n    emailTo\n    enabled\n    isFallback\n    consecutiveFailures\n    disabledReason\n  }\n"): (typeof documents)["\n  fragment NotificationChannelFields on NotificationChannel {\n    id\n    name\n    type\n    url\n    emailTo\n    enabled\n    isFallback\n    consecutiveFailures\n    disabledReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelFields\n    }\n    emailConfigured\n  }\n"): (typeof documents)["\n  query NotificationChannels {\n    notificationChannels {\n      ...NotificationChannelFields\n    }\n    emailConfigured\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      channel {\n        ...NotificationChannelFields\n      }\n      secret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateNotificationChannel($input: CreateNotificationChannelInput!) {\n    createNotificationChannel(input: $input) {\n      channel {\n        ...NotificationChannelFields\n      }\n      secret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(input: $input) {\n      ...NotificationChannelFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationChannel($input: UpdateNotificationChannelInput!) {\n    updateNotificationChannel(input: $input) {\n      ...NotificationChannelFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteNotificationChannel($id: ID!) {\n    deleteNotificationChannel(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation TestNotificationChannel($id: ID!) {\n    testNotificationChannel(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentNotifications($id: ID!) {\n    incident(id: $id) {\n      id\n      notifications {\n        id\n        channelName\n        channelType\n        target\n        event\n        status\n        attempts\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentNotifications($id: ID!) {\n    incident(id: $id) {\n      id\n      notifications {\n        id\n        channelName\n        channelType\n        target\n        event\n        status\n        attempts\n        lastError\n        createdAt\n        deliveredAt\n        nextAttemptAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PagingReadiness {\n    pagingReadiness {\n      ready\n      problems {\n        environment\n        message\n        fixPath\n      }\n    }\n  }\n"): (typeof documents)["\n  query PagingReadiness {\n    pagingReadiness {\n      ready\n      problems {\n        environment\n        message\n        fixPath\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostmortemFields on Postmortem {\n    incidentId\n    status\n    summary\n    impact\n    timeline {\n      at\n      text\n    }\n    rootCause\n    contributingFactors\n    actionItems {\n      id\n      title\n      dueDate\n      done\n      owner {\n        id\n        name\n      }\n    }\n    updatedAt\n    publishedAt\n    publishedBy\n  }\n"): (typeof documents)["\n  fragment PostmortemFields on Postmortem {\n    incidentId\n    status\n    summary\n    impact\n    timeline {\n      at\n      text\n    }\n    rootCause\n    contributingFactors\n    actionItems {\n      id\n      title\n      dueDate\n      done\n      owner {\n        id\n        name\n      }\n    }\n    updatedAt\n    publishedAt\n    publishedBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentPostmortem($id: ID!) {\n    incident(id: $id) {\n      id\n      number\n      severity\n      status\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentPostmortem($id: ID!) {\n    incident(id: $id) {\n      id\n      number\n      severity\n      status\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPostmortem($input: StartPostmortemInput!) {\n    startPostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPostmortem($input: StartPostmortemInput!) {\n    startPostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePostmortem($input: UpdatePostmortemInput!) {\n    updatePostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePostmortem($input: UpdatePostmortemInput!) {\n    updatePostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPostmortem($input: PublishPostmortemInput!) {\n    publishPostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPostmortem($input: PublishPostmortemInput!) {\n    publishPostmortem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddPostmortemActionItem($input: AddPostmortemActionItemInput!) {\n    addPostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddPostmortemActionItem($input: AddPostmortemActionItemInput!) {\n    addPostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePostmortemActionItem($input: UpdatePostmortemActionItemInput!) {\n    updatePostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePostmortemActionItem($input: UpdatePostmortemActionItemInput!) {\n    updatePostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemovePostmortemActionItem($input: RemovePostmortemActionItemInput!) {\n    removePostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemovePostmortemActionItem($input: RemovePostmortemActionItemInput!) {\n    removePostmortemActionItem(input: $input) {\n      postmortem {\n        ...PostmortemFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RolloutSummaryFields on Rollout {\n    id\n    deployment {\n      namespace\n      name\n    }\n    strategy\n    mode\n    state\n    active\n    currentStep\n    steps {\n      index\n      weightPercent\n      mirrorPercent\n    }\n    fromRelease {\n      id\n    }\n    toRelease {\n      id\n      model {\n        id\n        name\n      }\n    }\n    reason\n    createdBy\n    createdAt\n    updatedAt\n    finishedAt\n  }\n"): (typeof documents)["\n  fragment RolloutSummaryFields on Rollout {\n    id\n    deployment {\n      namespace\n      name\n    }\n    strategy\n    mode\n    state\n    active\n    currentStep\n    steps {\n      index\n      weightPercent\n      mirrorPercent\n    }\n    fromRelease {\n      id\n    }\n    toRelease {\n      id\n      model {\n        id\n        name\n      }\n    }\n    reason\n    createdBy\n    createdAt\n    updatedAt\n    finishedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PromptAnswerFields on PromptAnswer {\n    passed\n    failures\n    answer\n    durationMs\n  }\n"): (typeof documents)["\n  fragment PromptAnswerFields on PromptAnswer {\n    passed\n    failures\n    answer\n    durationMs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RolloutFields on Rollout {\n    ...RolloutSummaryFields\n    fromRelease {\n      id\n      runtime\n      image\n      model {\n        id\n        name\n      }\n    }\n    toRelease {\n      id\n      runtime\n      image\n    }\n    steps {\n      index\n      weightPercent\n      mirrorPercent\n      observedPercent\n      canaryReplicas\n      stableReplicas\n      analysisSeconds\n      minimumRequests\n      onInconclusive\n      startedAt\n      finishedAt\n    }\n    analysis {\n      at\n      step\n      check\n      verdict\n      message\n      canaryValue\n      baselineValue\n      threshold\n      source\n      sample\n      details\n      prompts {\n        promptId\n        name\n        regression\n        canary {\n          ...PromptAnswerFields\n        }\n        stable {\n          ...PromptAnswerFields\n        }\n      }\n    }\n    events {\n      at\n      from\n      to\n      step\n      actor\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment RolloutFields on Rollout {\n    ...RolloutSummaryFields\n    fromRelease {\n      id\n      runtime\n      image\n      model {\n        id\n        name\n      }\n    }\n    toRelease {\n      id\n      runtime\n      image\n    }\n    steps {\n      index\n      weightPercent\n      mirrorPercent\n      observedPercent\n      canaryReplicas\n      stableReplicas\n      analysisSeconds\n      minimumRequests\n      onInconclusive\n      startedAt\n      finishedAt\n    }\n    analysis {\n      at\n      step\n      check\n      verdict\n      message\n      canaryValue\n      baselineValue\n      threshold\n      source\n      sample\n      details\n      prompts {\n        promptId\n        name\n        regression\n        canary {\n          ...PromptAnswerFields\n        }\n        stable {\n          ...PromptAnswerFields\n        }\n      }\n    }\n    events {\n      at\n      from\n      to\n      step\n      actor\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentRollouts($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      traffic {\n        gateway {\n          namespace\n          name\n        }\n      }\n      rollout {\n        ...RolloutFields\n      }\n      rollouts(limit: 20) {\n        ...RolloutSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeploymentRollouts($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      traffic {\n        gateway {\n          namespace\n          name\n        }\n      }\n      rollout {\n        ...RolloutFields\n      }\n      rollouts(limit: 20) {\n        ...RolloutSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription DeploymentRolloutChanged($namespace: String!, $name: String!) {\n    rolloutChanged(namespace: $namespace, name: $name) {\n      ...RolloutFields\n    }\n  }\n"): (typeof documents)["\n  subscription DeploymentRolloutChanged($namespace: String!, $name: String!) {\n    rolloutChanged(namespace: $namespace, name: $name) {\n      ...RolloutFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveRollouts {\n    activeRollouts {\n      ...RolloutSummaryFields\n    }\n  }\n"): (typeof documents)["\n  query ActiveRollouts {\n    activeRollouts {\n      ...RolloutSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription RolloutsChanged {\n    rolloutChanged {\n      ...RolloutSummaryFields\n    }\n  }\n"): (typeof documents)["\n  subscription RolloutsChanged {\n    rolloutChanged {\n      ...RolloutSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PauseRollout($input: RolloutActionInput!) {\n    pauseRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PauseRollout($input: RolloutActionInput!) {\n    pauseRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeRollout($input: RolloutActionInput!) {\n    resumeRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResumeRollout($input: RolloutActionInput!) {\n    resumeRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PromoteRollout($input: RolloutActionInput!) {\n    promoteRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PromoteRollout($input: RolloutActionInput!) {\n    promoteRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AbortRollout($input: RolloutActionInput!) {\n    abortRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AbortRollout($input: RolloutActionInput!) {\n    abortRollout(input: $input) {\n      rollout {\n        ...RolloutFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServerInfo {\n    serverInfo {\n      version\n      simulatedCluster\n      store\n    }\n  }\n"): (typeof documents)["\n  query ServerInfo {\n    serverInfo {\n      version\n      simulatedCluster\n      store\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaletteSearch($text: String!) {\n    search(text: $text, first: 5) {\n      kind\n      id\n      title\n      subtitle\n      path\n    }\n  }\n"): (typeof documents)["\n  query PaletteSearch($text: String!) {\n    search(text: $text, first: 5) {\n      kind\n      id\n      title\n      subtitle\n      path\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PaletteTriggeredIncidents {\n    incidents(status: [TRIGGERED], first: 20) {\n      id\n      number\n      title\n      severity\n      status\n    }\n  }\n"): (typeof documents)["\n  query PaletteTriggeredIncidents {\n    incidents(status: [TRIGGERED], first: 20) {\n      id\n      number\n      title\n      severity\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PaletteAcknowledge($id: ID!) {\n    acknowledgeIncident(input: { id: $id }) {\n      incident {\n        id\n        number\n        status\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PaletteAcknowledge($id: ID!) {\n    acknowledgeIncident(input: { id: $id }) {\n      incident {\n        id\n        number\n        status\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PublicUpdateFields on IncidentPublicUpdate {\n    id\n    status\n    body\n    at\n    createdBy\n  }\n"): (typeof documents)["\n  fragment PublicUpdateFields on IncidentPublicUpdate {\n    id\n    status\n    body\n    at\n    createdBy\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MaintenanceWindowFields on MaintenanceWindow {\n    startsAt\n    endsAt\n    message\n  }\n"): (typeof documents)["\n  fragment MaintenanceWindowFields on MaintenanceWindow {\n    startsAt\n    endsAt\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentPublicUpdates($id: ID!) {\n    incident(id: $id) {\n      id\n      deployment {\n        namespace\n        name\n      }\n      publicUpdates {\n        ...PublicUpdateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentPublicUpdates($id: ID!) {\n    incident(id: $id) {\n      id\n      deployment {\n        namespace\n        name\n      }\n      publicUpdates {\n        ...PublicUpdateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DeploymentStatusPage($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      statusPage {\n        public\n        displayName\n        status\n        maintenance {\n          ...MaintenanceWindowFields\n        }\n      }\n      incidentStats(days: 30) {\n        incidents\n        acknowledged\n        resolved\n        mttaSeconds\n        mttrSeconds\n      }\n    }\n  }\n"): (typeof documents)["\n  query DeploymentStatusPage($namespace: String!, $name: String!) {\n    deployment(namespace: $namespace, name: $name) {\n      id\n      statusPage {\n        public\n        displayName\n        status\n        maintenance {\n          ...MaintenanceWindowFields\n        }\n      }\n      incidentStats(days: 30) {\n        incidents\n        acknowledged\n        resolved\n        mttaSeconds\n        mttrSeconds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      update {\n        ...PublicUpdateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PostIncidentUpdate($input: PostIncidentUpdateInput!) {\n    postIncidentUpdate(input: $input) {\n      update {\n        ...PublicUpdateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDeploymentPublic($input: SetDeploymentPublicInput!) {\n    setDeploymentPublic(input: $input) {\n      deployment {\n        id\n        statusPage {\n          public\n          displayName\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDeploymentPublic($input: SetDeploymentPublicInput!) {\n    setDeploymentPublic(input: $input) {\n      deployment {\n        id\n        statusPage {\n          public\n          displayName\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMaintenanceWindow($input: SetMaintenanceWindowInput!) {\n    setMaintenanceWindow(input: $input) {\n      deployment {\n        id\n        statusPage {\n          status\n          maintenance {\n            ...MaintenanceWindowFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMaintenanceWindow($input: SetMaintenanceWindowInput!) {\n    setMaintenanceWindow(input: $input) {\n      deployment {\n        id\n        statusPage {\n          status\n          maintenance {\n            ...MaintenanceWindowFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketSummaryFields on Ticket {\n    id\n    number\n    reference\n    subject\n    priority\n    status\n    requester {\n      name\n      email\n      organisation\n    }\n    assignee {\n      id\n      name\n      email\n    }\n    group\n    tags\n    incident {\n      id\n      number\n      title\n      status\n    }\n    createdAt\n    updatedAt\n    sla {\n      state\n      dueAt\n      paused\n    }\n  }\n"): (typeof documents)["\n  fragment TicketSummaryFields on Ticket {\n    id\n    number\n    reference\n    subject\n    priority\n    status\n    requester {\n      name\n      email\n      organisation\n    }\n    assignee {\n      id\n      name\n      email\n    }\n    group\n    tags\n    incident {\n      id\n      number\n      title\n      status\n    }\n    createdAt\n    updatedAt\n    sla {\n      state\n      dueAt\n      paused\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TicketDetailFields on Ticket {\n    ...TicketSummaryFields\n    description\n    suggestedReply\n    firstRespondedAt\n    resolvedAt\n    closedAt\n    mergedInto {\n      id\n      reference\n    }\n    sla {\n      clocks {\n        kind\n        targetMinutes\n        state\n        elapsedMs\n        remainingMs\n        dueAt\n        paused\n      }\n    }\n    conversation {\n      id\n      at\n      visibility\n      authorType\n      authorName\n      body\n    }\n  }\n"): (typeof documents)["\n  fragment TicketDetailFields on Ticket {\n    ...TicketSummaryFields\n    description\n    suggestedReply\n    firstRespondedAt\n    resolvedAt\n    closedAt\n    mergedInto {\n      id\n      reference\n    }\n    sla {\n      clocks {\n        kind\n        targetMinutes\n        state\n        elapsedMs\n        remainingMs\n        dueAt\n        paused\n      }\n    }\n    conversation {\n      id\n      at\n      visibility\n      authorType\n      authorName\n      body\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Tickets(\n    $view: TicketView\n    $status: [TicketStatus!]\n    $priority: [TicketPriority!]\n    $search: String\n    $after: String\n  ) {\n    ticketsConnection(\n      view: $view\n      status: $status\n      priority: $priority\n      search: $search\n      after: $after\n    ) {\n      nodes {\n        ...TicketSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Tickets(\n    $view: TicketView\n    $status: [TicketStatus!]\n    $priority: [TicketPriority!]\n    $search: String\n    $after: String\n  ) {\n    ticketsConnection(\n      view: $view\n      status: $status\n      priority: $priority\n      search: $search\n      after: $after\n    ) {\n      nodes {\n        ...TicketSummaryFields\n      }\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketsChanged {\n    ticketChanged {\n      ...TicketSummaryFields\n    }\n  }\n"): (typeof documents)["\n  subscription TicketsChanged {\n    ticketChanged {\n      ...TicketSummaryFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Ticket($id: ID!) {\n    ticket(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TicketChanged($id: ID) {\n    ticketChanged(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n"): (typeof documents)["\n  subscription TicketChanged($id: ID) {\n    ticketChanged(id: $id) {\n      ...TicketDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTicket($input: CreateTicketInput!) {\n    createTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTicket($input: UpdateTicketInput!) {\n    updateTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeTicketStatus($input: ChangeTicketStatusInput!) {\n    changeTicketStatus(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToTicket($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToTicket($input: ReplyToTicketInput!) {\n    replyToTicket(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkTicket($input: LinkTicketInput!) {\n    linkTicketToIncident(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LinkTicket($input: LinkTicketInput!) {\n    linkTicketToIncident(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkTicket($input: UnlinkTicketInput!) {\n    unlinkTicketFromIncident(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UnlinkTicket($input: UnlinkTicketInput!) {\n    unlinkTicketFromIncident(input: $input) {\n      ticket {\n        ...TicketDetailFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentChoices {\n    incidents(status: [TRIGGERED, ACKNOWLEDGED, MITIGATED], first: 50) {\n      id\n      number\n      title\n      status\n      severity\n    }\n  }\n"): (typeof documents)["\n  query IncidentChoices {\n    incidents(status: [TRIGGERED, ACKNOWLEDGED, MITIGATED], first: 50) {\n      id\n      number\n      title\n      status\n      severity\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentTickets($id: ID!) {\n    incident(id: $id) {\n      id\n      tickets {\n        id\n        reference\n        subject\n        status\n        priority\n        suggestedReply\n      }\n    }\n  }\n"): (typeof documents)["\n  query IncidentTickets($id: ID!) {\n    incident(id: $id) {\n      id\n      tickets {\n        id\n        reference\n        subject\n        status\n        priority\n        suggestedReply\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TicketAssignees {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query TicketAssignees {\n    users {\n      id\n      name\n      email\n      role\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    owner {\n      id\n      email\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    role\n    prefix\n    status\n    createdAt\n    expiresAt\n    lastUsedAt\n    revokedAt\n    owner {\n      id\n      email\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens($all: Boolean) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens($all: Boolean) {\n    apiTokens(all: $all) {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) {\n      token {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    disabled\n    createdAt\n    lastLoginAt\n    hasPassword\n    singleSignOn\n  }\n"): (typeof documents)["\n  fragment UserFields on User {\n    id\n    email\n    name\n    role\n    disabled\n    createdAt\n    lastLoginAt\n    hasPassword\n    singleSignOn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"): (typeof documents)["\n  query Users {\n    users {\n      ...UserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) {\n      user {\n        ...UserFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IncidentUsers {\n    users {\n      id\n      name\n      email\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query IncidentUsers {\n    users {\n      id\n      name\n      email\n      disabled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GettingStarted($isAdmin: Boolean!) {\n    apiTokens {\n      id\n      status\n    }\n    users @include(if: $isAdmin) {\n      id\n      disabled\n    }\n  }\n"): (typeof documents)["\n  query GettingStarted($isAdmin: Boolean!) {\n    apiTokens {\n      id\n      status\n    }\n    users @include(if: $isAdmin) {\n      id\n      disabled\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;