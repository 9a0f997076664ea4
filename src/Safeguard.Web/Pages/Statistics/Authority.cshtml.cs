using Microsoft.AspNetCore.Authorization;
using Safeguard.Web.Pages.Compare;
using Safeguard.Web.Performance;

namespace Safeguard.Web.Pages.Statistics;

[AllowAnonymous]
public sealed class StatisticsAuthorityModel(ComparisonViews views) : ProfilePage(views)
{
    public override string BasePath => "/statistics";
}
