using Microsoft.Graph.Models;
using OutlookCms.Domain.Interactions;
using OutlookCms.GraphSync.Pipeline;
using Channel = OutlookCms.Domain.Interactions.Channel;
using QuarantineReason = OutlookCms.Domain.Capture.QuarantineReason;

namespace OutlookCms.GraphSync.Tests.Pipeline;

public sealed class MessageReaderTests
{
    [Fact]
    public void Read_NormalisesAddresses_AndKeysByInternetMessageId()
    {
        var result = MessageReader.Read(Graph.Message(" Pat@Acme.EXAMPLE ", ["ada@firm.example"], ["Ben@Firm.example"]), 250, true);

        var item = Assert.IsType<ReadResult.Item>(result).Seen;
        Assert.Equal("<m1@client.example>", item.NaturalKey);
        Assert.Equal(["pat@acme.example:From", "ada@firm.example:To", "ben@firm.example:Cc"], item.Participants.Select(p => $"{p.Address}:{p.Role}"));
        Assert.Equal(Channel.Email, item.Channel);
    }

    [Fact]
    public void Read_ReportsRemovedEntries()
    {
        var removed = new Message { Id = "gone", AdditionalData = new Dictionary<string, object> { ["@removed"] = new { reason = "deleted" } } };

        Assert.Equal("gone", Assert.IsType<ReadResult.Removed>(MessageReader.Read(removed, 250, true)).Id);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("2", true)]
    [InlineData("3", false)]
    [InlineData("0", false)]
    public void Read_TakesPrSensitivityPersonalOrPrivateAsPrivate(string sensitivity, bool isPrivate) =>
        Assert.Equal(isPrivate, Assert.IsType<ReadResult.Item>(MessageReader.Read(Graph.Message("pat@acme.example", ["ada@firm.example"], sensitivity: sensitivity), 250, true)).Seen.IsPrivate);

    [Fact]
    public void Read_TakesTheSensitivityHeaderOfAReceivedCopyAsPrivate() =>
        Assert.True(Assert.IsType<ReadResult.Item>(MessageReader.Read(Graph.Message("pat@acme.example", ["ada@firm.example"], headers: [("Sensitivity", "Personal")]), 250, true)).Seen.IsPrivate);

    [Theory]
    [InlineData("List-Unsubscribe", "<mailto:x@y.example>", "List-Unsubscribe header")]
    [InlineData("Precedence", "bulk", "Precedence: bulk")]
    [InlineData("Precedence", "list", "Precedence: list")]
    public void Read_NamesTheBulkSignal(string header, string value, string signal) =>
        Assert.Equal(signal, Assert.IsType<ReadResult.Item>(MessageReader.Read(Graph.Message("news@x.example", ["ada@firm.example"], headers: [(header, value)]), 250, true)).Seen.BulkSignal);

    [Fact]
    public void Read_TakesFocusedInboxOtherAsBulk_OnlyWhenConfigured()
    {
        var message = Graph.Message("news@x.example", ["ada@firm.example"], inference: InferenceClassificationType.Other);

        Assert.NotNull(Assert.IsType<ReadResult.Item>(MessageReader.Read(message, 250, otherInferenceIsBulk: true)).Seen.BulkSignal);
        Assert.Null(Assert.IsType<ReadResult.Item>(MessageReader.Read(message, 250, otherInferenceIsBulk: false)).Seen.BulkSignal);
    }

    [Fact]
    public void Read_QuarantinesAMalformedRecipient()
    {
        var poison = Assert.IsType<ReadResult.Poison>(MessageReader.Read(Graph.Message("pat@acme.example", ["ada@firm.example", "not-an-address"]), 250, true));

        Assert.Equal(QuarantineReason.MalformedAddress, poison.Reason);
        Assert.Contains("not-an-address", poison.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_QuarantinesTooManyRecipients() =>
        Assert.Equal(QuarantineReason.TooManyRecipients,
            Assert.IsType<ReadResult.Poison>(MessageReader.Read(Graph.Message("pat@acme.example", [.. Enumerable.Range(0, 11).Select(i => $"p{i}@x.example")]), 10, true)).Reason);

    [Fact]
    public void Read_QuarantinesTextPostgreSqlCannotStore()
    {
        var message = Graph.Message("pat@acme.example", ["ada@firm.example"]);
        message.Subject = "broken \ud800 surrogate";

        Assert.Equal(QuarantineReason.InvalidText, Assert.IsType<ReadResult.Poison>(MessageReader.Read(message, 250, true)).Reason);
    }

    [Fact]
    public void Read_QuarantinesAMessageWithoutInternetMessageId()
    {
        var message = Graph.Message("pat@acme.example", ["ada@firm.example"]);
        message.InternetMessageId = null;

        Assert.Equal(QuarantineReason.Unkeyable, Assert.IsType<ReadResult.Poison>(MessageReader.Read(message, 250, true)).Reason);
    }
}
