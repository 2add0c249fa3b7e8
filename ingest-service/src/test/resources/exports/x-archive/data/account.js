window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "dana@acme.example",
      "createdVia" : "web",
      "username" : "dana_acme",
      "accountId" : "44196397",
      "createdAt" : "2011-02-14T09:12:33.000Z",
      "accountDisplayName" : "Dana Whitfield"
    }
  }
]
