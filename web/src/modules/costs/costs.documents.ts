import { graphql } from '../../generated';

export const CostFiguresFields = graphql(`
  fragment CostFiguresFields on CostFigures {
    gpuHours
    busyGpuHours
    idleGpuHours
    unpricedGpuHours
    utilisation
    promptTokens
    generationTokens
    tokens
    costUsd
    costPerDayUsd
    costPerMillionTokensUsd
    apiCostUsd
    savingUsd
    usedDefaultPrices
    gpuProducts
  }
`);

export const CostReportQuery = graphql(`
  query CostReport($input: CostReportInput!) {
    costReport(input: $input) {
      from
      to
      compareWith {
        api
        displayName
        usdPerMillionInput
        usdPerMillionOutput
        isDefault
      }
      lines {
        key
        namespace
        name
        environment
        figures {
          ...CostFiguresFields
        }
      }
      total {
        ...CostFiguresFields
      }
      days {
        date
        figures {
          costUsd
          apiCostUsd
          tokens
          utilisation
        }
      }
    }
  }
`);

export const PriceBookQuery = graphql(`
  query PriceBook {
    priceBook {
      gpus {
        gpuProduct
        capacity
        usdPerGpuHour
        effectiveFrom
        isDefault
        source
        sourceUrl
        readOn
        setBy
      }
      apis {
        api
        displayName
        usdPerMillionInput
        usdPerMillionOutput
        effectiveFrom
        isDefault
        source
        sourceUrl
        readOn
        setBy
      }
    }
  }
`);

export const SetGpuPriceMutation = graphql(`
  mutation SetGpuPrice($input: SetGpuPriceInput!) {
    setGpuPrice(input: $input) {
      price {
        gpuProduct
        capacity
        usdPerGpuHour
      }
    }
  }
`);

export const SetApiPriceMutation = graphql(`
  mutation SetApiPrice($input: SetApiPriceInput!) {
    setApiPrice(input: $input) {
      price {
        api
        usdPerMillionInput
        usdPerMillionOutput
      }
    }
  }
`);

export const DeploymentCostQuery = graphql(`
  query DeploymentCost($namespace: String!, $name: String!) {
    deployment(namespace: $namespace, name: $name) {
      id
      cost(days: 7) {
        ...CostFiguresFields
      }
    }
  }
`);

export const CapacityQuery = graphql(`
  query Capacity {
    capacity {
      at
      windowMinutes
      known
      unknownReason
      podScope
      products {
        product
        nodes
        allocatable
        requested
        free
        largestFreeOnANode
      }
      nodes {
        name
        product
        free
        schedulable
        excludedBecause
      }
      deployments {
        namespace
        name
        environment
        gpuProduct
        gpus
        tokensPerSecond
        utilisation
        tokensPerSecondPerGpu
        couldServeTokensPerSecond
        headroomTokensPerSecond
        couldServeWithFreeGpusTokensPerSecond
        note
      }
    }
  }
`);
