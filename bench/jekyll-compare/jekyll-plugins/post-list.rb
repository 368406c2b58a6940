# Writes the posts Jekyll read, as Jekyll computed them (URL, title, date), to JSON, then ends the build
# before anything renders: a corpus blog's missing theme, layouts or includes cannot fail the comparison.
require "json"

module JekyllCompare
  class PostList < Jekyll::Generator
    safe true
    # First of all generators: everything compared is known once the site is read.
    priority :highest

    def generate(site)
      out = ENV.fetch("JEKYLL_COMPARE_OUT")
      posts = site.posts.docs.map do |doc|
        {
          "path" => doc.relative_path,
          "url" => doc.url,
          "title" => doc.data["title"].nil? ? nil : doc.data["title"].to_s,
          "date" => doc.date.iso8601,
          "categories" => Array(doc.data["categories"]).map(&:to_s),
          "tags" => Array(doc.data["tags"]).map(&:to_s),
          "layout" => doc.data["layout"].nil? ? nil : doc.data["layout"].to_s,
          "draft" => doc.data["draft"] ? true : false,
          "published" => doc.data.key?("published") ? doc.data["published"] : nil,
        }
      end
      File.write(out, JSON.pretty_generate({
        "jekyll" => Jekyll::VERSION,
        "baseurl" => site.config["baseurl"].to_s,
        "timezone" => site.config["timezone"],
        "permalink" => site.config["permalink"].to_s,
        "time" => site.time.iso8601,
        "posts" => posts,
      }))
      # exit! skips Jekyll's own exit handlers: nothing is rendered or written to the destination.
      $stdout.flush
      exit!(0)
    end
  end
end
