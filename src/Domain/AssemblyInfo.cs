[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("OutlookCms.Domain.Tests")]
