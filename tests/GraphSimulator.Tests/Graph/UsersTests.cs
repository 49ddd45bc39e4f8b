using Microsoft.Graph.Models.ODataErrors;
using OutlookCms.GraphSimulator.Tests.Support;

namespace OutlookCms.GraphSimulator.Tests.Graph;

public sealed class UsersTests(SimulatorFixture simulator) : IClassFixture<SimulatorFixture>
{
    [Fact]
    public async Task User_IsFoundByAddressAndById_WithWhatTheScenarioSaid()
    {
        var rep = SimulatorFixture.NewAddress("ada");
        await simulator.LoadMailboxes(false, new { address = rep, user = new { displayName = "Ada Lovelace", jobTitle = "Wealth adviser" } });
        var graph = simulator.CreateGraphClient();

        var byAddress = await graph.Users[rep].GetAsync();
        var byId = await graph.Users[byAddress!.Id].GetAsync(c => c.QueryParameters.Select = ["displayName", "mail"]);

        Assert.Equal("Ada Lovelace", byAddress.DisplayName);
        Assert.Equal("Wealth adviser", byAddress.JobTitle);
        Assert.Equal(rep, byAddress.UserPrincipalName);
        Assert.True(Guid.TryParse(byAddress.Id, out _));
        Assert.Equal(rep, byId!.Mail);
        Assert.Null(byId.JobTitle);
    }

    [Fact]
    public async Task UnknownUser_Gets404()
    {
        var graph = simulator.CreateGraphClient();

        var error = await Assert.ThrowsAsync<ODataError>(() => graph.Users["nobody@firm.example"].GetAsync());

        Assert.Equal(404, error.ResponseStatusCode);
        Assert.Equal("Request_ResourceNotFound", error.Error!.Code);
    }
}
