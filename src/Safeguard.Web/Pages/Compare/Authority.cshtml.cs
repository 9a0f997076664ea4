using Microsoft.AspNetCore.Authorization;
using Safeguard.Web.Performance;

namespace Safeguard.Web.Pages.Compare;

[Authorize]
public sealed class CompareAuthorityModel(ComparisonViews views) : ProfilePage(views)
{
    public override string BasePath => "/compare";
}
