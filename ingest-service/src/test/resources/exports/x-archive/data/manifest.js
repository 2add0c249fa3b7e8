window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "44196397",
    "userName" : "dana_acme",
    "displayName" : "Dana Whitfield"
  },
  "archiveInfo" : {
    "sizeBytes" : "48213",
    "generationDate" : "2024-06-10T12:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "tweets" : {
      "mediaDirectory" : "data/tweets_media",
      "files" : [
        { "fileName" : "data/tweets.js", "globalName" : "YTD.tweets.part0", "count" : "6" },
        { "fileName" : "data/tweets-part1.js", "globalName" : "YTD.tweets.part1", "count" : "1" }
      ]
    }
  }
}
