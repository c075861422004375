import { graphql } from '../../../generated';

export const DurationStatsFragment = graphql(`
  fragment ReportDurationStats on DurationStats {
    count
    averageHours
    medianHours
    p90Hours
  }
`);

export const MaintenanceReportQuery = graphql(`
  query MaintenanceReport($range: DateRange!, $propertyIds: [ID!]) {
    maintenanceReport(range: $range, propertyIds: $propertyIds) {
      timeToClose {
        overall {
          ...ReportDurationStats
        }
        byCategory {
          label
          stats {
            ...ReportDurationStats
          }
        }
        byProperty {
          label
          stats {
            ...ReportDurationStats
          }
        }
        byAssignee {
          label
          stats {
            ...ReportDurationStats
          }
        }
        byPriority {
          label
          stats {
            ...ReportDurationStats
          }
        }
        weekly {
          periodStart
          count
          averageHours
        }
        monthly {
          periodStart
          count
          averageHours
        }
      }
      slaCompliance {
        responseMetPct
        resolutionMetPct
        measured
      }
      repeatIssuesFound
      repeatIssues {
        pattern
        label
        count
        suggestedAction
        workOrderNumbers
      }
      vendorPerformance {
        name
        kind
        jobs
        completionRatePct
        averageResponseHours
        satisfaction
        firstTimeFixRatePct
        costPerJob {
          amountCents
          currency
        }
      }
    }
  }
`);

export const ReportPropertiesQuery = graphql(`
  query ReportProperties {
    properties(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const WorkOrderIdByNumberQuery = graphql(`
  query WorkOrderIdByNumber($number: Int!) {
    workOrder(number: $number) {
      id
      number
    }
  }
`);
