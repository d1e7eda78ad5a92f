import { graphql } from '../../generated';

export const ReleaseFieldsFragment = graphql(`
  fragment ReleaseFields on Release {
    id
    runtime
    image
    imagePinned
    warnings
    modelSource
    modelRevision
    engine {
      maxModelLength
      tensorParallelSize
      gpuMemoryUtilization
      dtype
      quantization
    }
    resources {
      gpus
      gpuProduct
      cpu
      memory
    }
    createdAt
    createdBy
  }
`);

export const ModelFieldsFragment = graphql(`
  fragment ModelFields on Model {
    id
    name
    family
    source
    revision
    license
    parameterCountBillions
    contextLength
    gpuMemoryGiB
    createdAt
    releases {
      ...ReleaseFields
    }
  }
`);

export const ModelsQuery = graphql(`
  query Models {
    models {
      ...ModelFields
    }
  }
`);

export const RegisterModelMutation = graphql(`
  mutation RegisterModel($input: RegisterModelInput!) {
    registerModel(input: $input) {
      model {
        ...ModelFields
      }
    }
  }
`);

export const CreateReleaseMutation = graphql(`
  mutation CreateRelease($input: CreateReleaseInput!) {
    createRelease(input: $input) {
      created
      release {
        ...ReleaseFields
      }
    }
  }
`);

export const ReleaseDiffQuery = graphql(`
  query ReleaseDiff($from: ID!, $to: ID!) {
    releaseDiff(from: $from, to: $to) {
      path
      from
      to
    }
  }
`);
