window.YTD.tweets.part0 = [
  {
    "tweet" : {
      "edit_info" : { "initial" : { "editTweetIds" : [ "1797562200000000005" ], "editableUntil" : "2024-06-03T10:05:00.000Z", "editsRemaining" : "5", "isEditEligible" : true } },
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ ] },
      "display_text_range" : [ "0", "96" ],
      "favorite_count" : "31",
      "in_reply_to_status_id_str" : "1797562100000000003",
      "id_str" : "1797562200000000005",
      "in_reply_to_user_id" : "44196397",
      "truncated" : false,
      "retweet_count" : "2",
      "id" : "1797562200000000005",
      "in_reply_to_status_id" : "1797562100000000003",
      "created_at" : "Mon Jun 03 09:05:00 +0000 2024",
      "favorited" : false,
      "full_text" : "2/ The full report, with the methodology our auditors reviewed, is on our website from today.",
      "lang" : "en",
      "in_reply_to_screen_name" : "dana_acme",
      "in_reply_to_user_id_str" : "44196397"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "Acme", "screen_name" : "acme", "indices" : [ "3", "8" ], "id_str" : "5550001", "id" : "5550001" } ], "urls" : [ ] },
      "display_text_range" : [ "0", "77" ],
      "favorite_count" : "0",
      "id_str" : "1797562150000000004",
      "truncated" : false,
      "retweet_count" : "57",
      "id" : "1797562150000000004",
      "created_at" : "Mon Jun 03 09:02:10 +0000 2024",
      "favorited" : false,
      "full_text" : "RT @acme: We are hiring engineers &amp; designers in Leeds and Lisbon. Join us!",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ ], "urls" : [ { "url" : "https://t.co/Rp0rtLnk1", "expanded_url" : "https://twitter.com/i/web/status/1797562100000000003", "display_url" : "twitter.com/i/web/status/1…", "indices" : [ "276", "299" ] } ] },
      "display_text_range" : [ "0", "299" ],
      "favorite_count" : "412",
      "id_str" : "1797562100000000003",
      "truncated" : false,
      "retweet_count" : "88",
      "id" : "1797562100000000003",
      "created_at" : "Mon Jun 03 09:00:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Today we publish our first audited climate report. Emissions across our own sites fell 18% since 2021 &amp; we now buy 74% of our electricity from renewable sources. We missed our target for business travel, and I want to be candid about why: growth in our Lisbon office doubled flights for a year and… https://t.co/Rp0rtLnk1",
      "lang" : "en"
    }
  },
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"http://twitter.com/download/iphone\" rel=\"nofollow\">Twitter for iPhone</a>",
      "entities" : { "hashtags" : [ ], "symbols" : [ ], "user_mentions" : [ { "name" : "Jane Doe", "screen_name" : "jane_doe", "indices" : [ "0", "9" ], "id_str" : "777001", "id" : "777001" } ], "urls" : [ ] },
      "display_text_range" : [ "10", "70" ],
      "favorite_count" : "9",
      "in_reply_to_status_id_str" : "1797000000000000999",
      "id_str" : "1797100000000000002",
      "in_reply_to_user_id" : "777001",
      "truncated" : false,
      "retweet_count" : "0",
      "id" : "1797100000000000002",
      "in_reply_to_status_id" : "1797000000000000999",
      "created_at" : "Sat Jun 01 18:45:12 +0000 2024",
      "favorited" : false,
      "full_text" : "@jane_doe Thank you, Jane &lt;3 See you at the summit &gt; Tuesday.",
      "lang" : "en",
      "in_reply_to_screen_name" : "jane_doe",
      "in_reply_to_user_id_str" : "777001"
    }
  },
  {
    "like" : { "tweetId" : "1796000000000000001", "fullText" : "Not a tweet of this account" }
  },
  {
    "tweet" : {
      "id_str" : "1797000000000000007",
      "full_text" : "An entry without its date",
      "favorite_count" : "1",
      "retweet_count" : "0"
    }
  }
]
