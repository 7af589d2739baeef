import { graphql } from '../../../graphql';

export const SAVED_VIEWS_QUERY = graphql(`
  query SavedViews($resource: SavedViewResource!) {
    savedViews(resource: $resource) {
      id
      name
      state
      isDefault
      version
    }
  }
`);

export const CREATE_SAVED_VIEW = graphql(`
  mutation CreateSavedView($input: CreateOneSavedViewInput!) {
    createOneSavedView(input: $input) {
      id
      name
      state
      isDefault
      version
    }
  }
`);

export const UPDATE_SAVED_VIEW = graphql(`
  mutation UpdateSavedView($input: UpdateOneSavedViewInput!) {
    updateOneSavedView(input: $input) {
      id
      name
      state
      isDefault
      version
    }
  }
`);

export const DELETE_SAVED_VIEW = graphql(`
  mutation DeleteSavedView($input: DeleteOneInput!) {
    deleteOneSavedView(input: $input) {
      id
    }
  }
`);
