window.YTD.tweets.part1 = [
  {
    "tweet" : {
      "retweeted" : false,
      "source" : "<a href=\"https://mobile.twitter.com\" rel=\"nofollow\">Twitter Web App</a>",
      "entities" : {
        "hashtags" : [ ],
        "symbols" : [ ],
        "user_mentions" : [ ],
        "urls" : [ { "url" : "https://t.co/q1R3sults", "expanded_url" : "https://acme.example/investors/q1-2024", "display_url" : "acme.example/investors/q1-…", "indices" : [ "58", "81" ] } ],
        "media" : [ { "expanded_url" : "https://twitter.com/dana_acme/status/1785200000000000001/photo/1", "indices" : [ "82", "105" ], "url" : "https://t.co/Ph0toQ1", "media_url_https" : "https://pbs.twimg.com/media/GMabc.jpg", "id_str" : "1785199990000000000", "type" : "photo", "display_url" : "pic.twitter.com/Ph0toQ1" } ]
      },
      "display_text_range" : [ "0", "81" ],
      "favorite_count" : "120",
      "in_reply_to_status_id_str" : null,
      "id_str" : "1785200000000000001",
      "in_reply_to_user_id" : null,
      "truncated" : false,
      "retweet_count" : "14",
      "id" : "1785200000000000001",
      "in_reply_to_status_id" : null,
      "created_at" : "Tue Apr 30 07:30:00 +0000 2024",
      "favorited" : false,
      "full_text" : "Q1: revenue up 12% &amp; margins steady. Details for investors: https://t.co/q1R3sults https://t.co/Ph0toQ1",
      "lang" : "en",
      "in_reply_to_screen_name" : null,
      "in_reply_to_user_id_str" : null
    }
  }
]
