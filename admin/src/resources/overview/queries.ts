import { graphql } from '../../graphql';

export const CUSTOMER_OVERVIEW_QUERY = graphql(`
  query CustomerOverview {
    customerOverview {
      totals {
        customers
        contacts
        followupsLast30Days
      }
      byKind { code labelZh labelEn color count }
      byStatus { code labelZh labelEn color count }
      byGrade { code labelZh labelEn color count }
      byCategory { code labelZh labelEn color count }
      byRegion { code labelZh labelEn color count groupCode groupLabelZh groupLabelEn }
      byRegionGroup { code labelZh labelEn color count }
    }
  }
`);
