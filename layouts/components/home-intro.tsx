// The home page's introduction: the site's name as the page's heading, its description, and its logo.
export function HomeIntro({ title, description, logo }: { title: string; description: string; logo?: string }) {
  return (
    <header class="home-intro">
      {logo !== undefined && <img class="home-intro__logo" src={logo} alt="" width={72} height={72} />}
      <div>
        <h1 class="home-intro__title">{title}</h1>
        {description !== "" && <p class="home-intro__description">{description}</p>}
      </div>
    </header>
  );
}
