window.YTD.follower.part0 = [
  { "follower" : { "accountId" : "101", "userLink" : "https://twitter.com/intent/user?user_id=101" } },
  { "follower" : { "accountId" : "102", "userLink" : "https://twitter.com/intent/user?user_id=102" } },
  { "follower" : { "accountId" : "103", "userLink" : "https://twitter.com/intent/user?user_id=103" } }
]
