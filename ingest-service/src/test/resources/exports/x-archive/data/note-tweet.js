window.YTD.note_tweet.part0 = [
  {
    "noteTweet" : {
      "noteTweetId" : "1797562099871234567",
      "updatedAt" : "2024-06-03T09:00:00.000Z",
      "lifecycle" : { "value" : "2", "name" : "Published", "originalValue" : "2", "value" : "2" },
      "createdAt" : "2024-06-03T09:00:00.412Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ { "shortUrl" : "https://t.co/CL1mateRpt", "expandedUrl" : "https://acme.example/climate-2023", "displayUrl" : "acme.example/climate-2023" } ],
        "text" : "Today we publish our first audited climate report. Emissions across our own sites fell 18% since 2021 & we now buy 74% of our electricity from renewable sources. We missed our target for business travel, and I want to be candid about why: growth in our Lisbon office doubled flights for a year and we did not plan for it. From July every trip needs a reason on record. Read it and tell us where we fall short: https://t.co/CL1mateRpt",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  },
  {
    "noteTweet" : {
      "noteTweetId" : "1790000000000000000",
      "createdAt" : "2024-05-12T16:20:00.000Z",
      "core" : {
        "styletags" : [ ],
        "urls" : [ ],
        "text" : "A draft long post that was deleted before the archive was made, so no tweet carries its opening.",
        "mentions" : [ ],
        "cashtags" : [ ],
        "hashtags" : [ ]
      }
    }
  }
]
