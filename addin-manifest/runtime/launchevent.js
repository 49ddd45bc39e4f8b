// OnMessageSend (Smart Alerts, Mailbox 1.12): asks GET /api/pane?mode=compose about the recipients and, when it
// warns (coverage breach, restricted, too often), stops the send with the same words the pane shows. The manifest's
// SendMode is SoftBlock, so the rep can still send after reading the warning; if the check cannot run (no token, no
// answer within the time Outlook allows) the message is sent: the check must never keep mail from going out.
// Plain script, no modules: the classic Outlook on Windows runs this file in a JavaScript-only runtime.
/* global Office, OfficeRuntime */
(function () {
  'use strict';

  var maxAddresses = 100;

  function recipients(field) {
    return new Promise(function (resolve) {
      field.getAsync(function (result) {
        resolve(result.status === 'succeeded' ? result.value : []);
      });
    });
  }

  // The pane keeps its current API token in OfficeRuntime.storage, which Outlook shares between the add-in's task
  // pane and its event-based runtime (docs/addin.md); without one the check lets the message go.
  function token() {
    if (typeof OfficeRuntime === 'undefined' || !OfficeRuntime.storage) {
      return Promise.resolve(null);
    }
    return OfficeRuntime.storage.getItem('outlookcms.token').catch(function () { return null; });
  }

  function onMessageSendHandler(event) {
    var item = Office.context.mailbox.item;
    Promise.all([recipients(item.to), recipients(item.cc), recipients(item.bcc), token()])
      .then(function (lists) {
        var bearer = lists.pop();
        var seen = {};
        var addresses = [];
        lists.forEach(function (list) {
          list.forEach(function (r) {
            var a = (r.emailAddress || '').toLowerCase();
            if (a && !seen[a] && addresses.length < maxAddresses) {
              seen[a] = true;
              addresses.push(a);
            }
          });
        });
        if (addresses.length === 0 || !bearer) {
          return null;
        }
        return fetch('/api/pane?mode=compose&addresses=' + encodeURIComponent(addresses.join(',')), {
          headers: { Authorization: 'Bearer ' + bearer, Accept: 'application/json' },
        }).then(function (response) {
          return response.ok ? response.json() : null;
        });
      })
      .then(function (pane) {
        var warnings = (pane && pane.warnings) || [];
        if (warnings.length === 0) {
          event.completed({ allowEvent: true });
          return;
        }
        event.completed({
          allowEvent: false,
          errorMessage: warnings.map(function (w) { return w.message; }).join('\n').slice(0, 500),
        });
      })
      .catch(function () {
        event.completed({ allowEvent: true });
      });
  }

  Office.onReady(function () {});
  Office.actions.associate('onMessageSendHandler', onMessageSendHandler);
})();
